package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.WordNet;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A figure given as a rate of time — "900 trains a day", "40 crossings per week", "900 trains
 * daily" — in a clause whose verb is in the present simple ("the line runs 900 trains a day", "some
 * 900 trains a day use it"): what happens as a rule, not a count of this occasion. The same rate told
 * in the past ("it cancelled 300 trains a day during the strike") is left to the reading. A noun of
 * time is WordNet's ({@code noun.time}); a rate adverb is one WordNet derives from such a noun.
 */
final class Rate {

    /** Words that make a noun of time a rate: "a day", "per week", "every hour". */
    private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");
    /** Words after "a week" that make it a distance back or on: "from 118 a week earlier". */
    private static final Set<String> DISTANCE = Set.of("earlier", "later", "ago", "before", "after", "back", "previously");
    /** How far before the number its verb may stand, and how far after the rate. */
    private static final int VERB_BEFORE = 6;
    private static final int VERB_AFTER = 3;

    private Rate() {
    }

    /** The rate's words when the number is a rate in a clause of the present simple, else null. */
    static Span habitual(CountSentence s, CountedNumber n) {
        int end = rateEnd(s, n.end());
        int from = n.end();
        for (int i = n.after(); i < n.end() - 1 && end < 0; i++) {
            if (derivedFromTime(s.word(i).lower())) {
                from = i; // "900 daily trains"
                end = i + 1;
            }
        }
        if (end < 0) {
            return null;
        }
        int verb = verbBefore(s, n.first());
        if (verb < 0) {
            verb = verbAfter(s, end);
        }
        return verb >= 0 && presentSimple(s.word(verb).lower()) ? s.wordsSpan(from, end) : null;
    }

    /** The word after "a day", "per week" or "daily" at word i, or -1. */
    private static int rateEnd(CountSentence s, int i) {
        if (i + 1 < s.size() && PER.contains(s.word(i).lower()) && time(s.word(i + 1).lower())
            && (i + 2 >= s.size() || !DISTANCE.contains(s.word(i + 2).lower()))) {
            return i + 2; // "a week earlier" is a distance in time, not a rate
        }
        if (i < s.size() && s.tag(s.word(i)).equals("ADV") && WordNet.lemmas(s.word(i).lower(), POS.ADVERB).size() > 0
            && derivedFromTime(s.word(i).lower())) {
            return i + 1;
        }
        return -1;
    }

    private static boolean time(String noun) {
        return WordNet.inLexFile(noun, POS.NOUN, "noun.time", 1);
    }

    /** "daily", "weekly", "nightly": an adverb whose stem is a noun of time ("day", "week", "night"). */
    private static boolean derivedFromTime(String adverb) {
        if (!adverb.endsWith("ly") || adverb.length() < 5) {
            return false;
        }
        String stem = adverb.substring(0, adverb.length() - 2);
        return time(stem) || stem.endsWith("i") && time(stem.substring(0, stem.length() - 1) + "y"); // "daily": day
    }

    /** The verb of the number's clause before it, or -1. */
    private static int verbBefore(CountSentence s, int first) {
        for (int i = first - 1; i >= Math.max(0, first - VERB_BEFORE); i--) {
            Words.Word w = s.word(i);
            if (w.punctuation()) {
                return -1;
            }
            if (VerbsOfSaying.contains(w.lower()) || w.is("that")) {
                return -1; // "officials say 300 trains a day are cancelled": the number opens the reported clause
            }
            if (s.tag(w).equals("VERB") && !ClosedClass.AUXILIARIES.contains(w.lower()) || nounTaggedVerb(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "The line runs": a third person the tagger read as another part of speech, after its subject. */
    private static boolean nounTaggedVerb(CountSentence s, int i) {
        String w = s.word(i).lower();
        if (i < 1 || !w.endsWith("s") || !presentSimple(w) || s.tag(s.word(i)).equals("VERB")) {
            return false;
        }
        Words.Word before = s.word(i - 1);
        return !before.punctuation() && !ClosedClass.DETERMINERS.contains(before.lower())
            && !ClosedClass.PREPOSITIONS.contains(before.lower()) && !s.tag(before).equals("NUM");
    }

    /** The verb right after the rate ("some 900 trains a day use the line"), or -1. */
    private static int verbAfter(CountSentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + VERB_AFTER); i++) {
            Words.Word w = s.word(i);
            if (w.punctuation()) {
                return -1;
            }
            if (s.tag(w).equals("VERB")) {
                return i;
            }
        }
        return -1;
    }

    /** "runs", "carries", "use": the base form or its third person, not a past or a participle. */
    private static boolean presentSimple(String verb) {
        Set<String> lemmas = WordNet.lemmas(verb, POS.VERB);
        if (lemmas.isEmpty() || ClosedClass.AUXILIARIES.contains(verb) || ClosedClass.MODALS.contains(verb)) {
            return false;
        }
        if (lemmas.size() > 1) {
            return false; // "fell" is also the past of "fall"
        }
        return lemmas.contains(verb) && !verb.endsWith("ed")
            || verb.endsWith("s") && (lemmas.contains(verb.substring(0, verb.length() - 1))
            || verb.endsWith("es") && lemmas.contains(verb.substring(0, verb.length() - 2))
            || verb.endsWith("ies") && lemmas.contains(verb.substring(0, verb.length() - 3) + "y"));
    }
}

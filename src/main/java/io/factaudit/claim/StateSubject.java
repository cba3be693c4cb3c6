package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.VerbsOfMotion;
import io.factaudit.lexicon.WordForms;
import java.util.Set;

/**
 * Whether a reference before a state's words is the state's subject: only words of the verb group
 * ({@link StateVerbGroup}), an aside between commas, a relative clause's own subject ("the plan,
 * which members have ratified"), a phrase that describes the subject ("troops from the 11th Corps
 * are ...") or another subject joined by "and" stand between them, or the state is an aside after
 * a comma ("the schools, closed since May,"); and the reference is not itself inside a phrase of another noun
 * ("the road to the bridge reopened" says the road's state); a relative clause after an aside that
 * is itself a clause belongs to the aside's last noun ("Ria, who met Mara, who was freed, ...").
 */
final class StateSubject {

    private static final Set<String> ASIDE_OPENERS = Set.of(",", "(", "-");
    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;
    /** Words that end a clause, so no aside runs over them; a period inside a sentence is an abbreviation's ("5 p.m."). */
    private static final Set<String> ASIDE_BREAKS = Set.of(";", ":", "?", "!");
    private static final int LONGEST_ASIDE = 14;
    private static final Set<String> BE = ClosedClass.BE;
    /** Prepositions that also open a clause ("after the bridge reopened"): the reference after them may be its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "with", "without");

    /** The singular forms of "be" and "have", by which a verb agrees with the noun before "of". */
    private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "has", "'s");

    private StateSubject() {
    }

    /** The claim's first word when the reference is the state's subject, else -1. */
    static int linkStart(SentenceWords w, SubjectReferences.Reference subject, int first) {
        if (insidePhrase(w, subject)) {
            return -1;
        }
        int start = subject.first();
        int i = subject.last() + 1;
        boolean phraseAllowed = true;
        while (i < first) {
            String word = w.lower(i);
            if (word.equals(",") && i == subject.last() + 1 && i + 1 == first) {
                return start; // an aside that is the state: "the schools, closed since May, ..."
            }
            if (word.equals("'s") && i == subject.last() + 1 && (ownsTheState(w, first) || ownsANoun(w, first))) {
                return -1; // the noun of the change, owned: "the bridge's reopening on Monday drew crowds"
            }
            if (word.equals("and") && i == subject.last() + 1 && phraseAllowed) {
                int groupStart = ++i; // another subject of the same verb: "the bridge and the ferry reopened"
                while (i < first && (StateObject.nominal(w, i) || i + 1 == first && WordForms.isNoun(w.lower(i)))
                    && !StateVerbGroup.between(w, i)) {
                    i++;
                }
                if (i == groupStart) {
                    return -1;
                }
                phraseAllowed = false;
                continue;
            }
            if (ASIDE_OPENERS.contains(word)) {
                int close = closing(w, i, first);
                if (close > 0 && close + 1 < first && RELATIVES.contains(w.lower(close + 1)) && holdsAVerb(w, i + 1, close)) {
                    return -1; // "Ria, who shared a cell with Mara, who was freed": the second relative is the last noun's
                }
                if (close > 0) {
                    i = close + 1;
                    start = i; // the subject stands in an earlier clause: the claim starts at the verb
                    continue;
                }
                if (RELATIVES.contains(w.lower(i + 1))) {
                    i++;
                    continue;
                }
                return -1;
            }
            int agent = RELATIVES.contains(word) && StateVerbGroup.saidWithVerb(w, first) ? relativeAgent(w, i + 1, first) : -1;
            if (agent > 0) {
                i = agent; // "the plan, which members have ratified": the subject is the verb's object
            } else if (StateVerbGroup.holds(w, i) || i + 1 == first && (movesInto(w, first, i) || becomes(w, first, i))) {
                i++;
            } else if (phraseAllowed && i == subject.last() + 1 && Lexicon.PREPOSITIONS.contains(word)) {
                // a phrase that describes the subject: "troops from the 11th Corps are ..."
                int phraseStart = ++i;
                while (i < first && Lexicon.isNominal(w.get(i)) && !StateVerbGroup.between(w, i)) {
                    i++;
                }
                if (i == phraseStart) {
                    return -1; // "accused the troops of fighting": no phrase of its own
                }
            } else {
                return -1;
            }
            phraseAllowed = false;
        }
        return start;
    }

    /**
     * Whether the state after an owner's "'s" is a noun made of its verb, the subject of a verb that
     * follows in its clause: "the bridge's reopening on Monday drew crowds", "the ban's lifting has
     * been delayed"; not "the bridge's reopening on Monday" ("is reopening").
     */
    private static boolean ownsTheState(SentenceWords w, int first) {
        if (!w.lower(first).endsWith("ing")) {
            return false;
        }
        for (int i = first + 1; i < w.size() && !w.get(i).isPunctuation(); i++) {
            String word = w.lower(i);
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word)
                || w.tag(i).equals("VERB") && !word.endsWith("ing") && !w.lower(i - 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the state's word after "'s" is a noun and no participle, so "'s" is an owner's: "sought
     * Ria's release" (not "Ria's freed", "the pier's open").
     */
    private static boolean ownsANoun(SentenceWords w, int first) {
        String word = w.lower(first);
        return WordForms.isNoun(word) && !Lexicon.looksVerbal(word) && !WordForms.isInflectedVerb(word)
            && io.factaudit.lexicon.WordNet.lemmas(word, net.sf.extjwnl.data.POS.ADJECTIVE).isEmpty();
    }

    /**
     * A verb of motion just before a state worded as a phrase that opens with a preposition or
     * "back": it takes the subject into the state ("came back online", "went back to work", "was
     * brought back into service").
     */
    private static boolean movesInto(SentenceWords w, int first, int verb) {
        return (Lexicon.PREPOSITIONS.contains(w.lower(first)) || w.lower(first).equals("back"))
            && (VerbsOfMotion.contains(w.lower(verb)) || passive(w, verb));
    }

    /** A verb of becoming just before a state that is no verb's participle: "came online", "went offline". */
    private static boolean becomes(SentenceWords w, int first, int verb) {
        return ClosedClass.BECOMING_VERBS.contains(w.lower(verb)) && !Lexicon.looksVerbal(w.lower(first))
            && !Lexicon.PREPOSITIONS.contains(w.lower(first));
    }

    /** A participle after a form of "be": "were taken into custody", "was placed under curfew". */
    private static boolean passive(SentenceWords w, int verb) {
        int k = verb - 1;
        while (k >= 0 && StateVerbGroup.isAdverbial(w, k)) {
            k--;
        }
        return Lexicon.looksVerbal(w.lower(verb)) && !w.lower(verb).endsWith("ing") && k >= 0
            && BE.contains(w.lower(k));
    }

    /**
     * A reference that is the object of a preposition after another noun: "the road to the
     * bridge", "traders at the crossing", a noun that opens the sentence whatever its tag
     * ("Talks on the truce began", "Debate over the curfew grew"); after "of" when the noun before it is one person ("the
     * foreman of the dockers returned") or the verb agrees with it ("the leadership of the dockers is
     * back"), not with the reference ("a number of the troops are fighting", "none of the troops has",
     * "thousands of soldiers were": a part of the group).
     */
    private static boolean insidePhrase(SentenceWords w, SubjectReferences.Reference subject) {
        int k = subject.first() - 1;
        while (k >= 0 && (Lexicon.DETERMINERS.contains(w.lower(k)) || w.lower(k).equals("'s"))) {
            k--;
        }
        if (k < 1 || !Lexicon.PREPOSITIONS.contains(w.lower(k)) || CLAUSE_OPENERS.contains(w.lower(k))
            || !w.tag(k - 1).equals("NOUN") && !(k == 1 && headsTheSentence(w))) {
            return false;
        }
        if (!w.lower(k).equals("of")) {
            return true;
        }
        if (WordForms.isPluralNoun(w.lower(k - 1))) {
            return false; // "thousands of soldiers", "dozens of the troops"
        }
        if (Persons.isPerson(w.lower(k - 1))) {
            return true; // a person heads the group: "the foreman of the dockers returned", not a part of them
        }
        return !WordForms.isPluralNoun(w.lower(subject.last())) || SINGULAR_VERBS.contains(w.lower(subject.last() + 1));
    }

    /** Whether the sentence's first word is a noun that a tagger may take for a verb or a name: "Talks", "Debate". */
    private static boolean headsTheSentence(SentenceWords w) {
        return WordForms.isNoun(w.lower(0)) && Set.of("NOUN", "PROPN", "VERB").contains(w.tag(0));
    }

    /**
     * The word after the noun group that opens a relative clause about the subject, as the
     * clause's own subject ("which members have ratified", "that the council backed"); -1
     * when no noun group stands there or a word of the verb group follows none.
     */
    private static int relativeAgent(SentenceWords w, int from, int first) {
        int i = from;
        while (i < first && Lexicon.isNominal(w.get(i)) && !StateVerbGroup.between(w, i)
            && !Lexicon.AUXILIARIES.contains(w.lower(i))) {
            i++;
        }
        return i > from && i <= first && (i == first || StateVerbGroup.between(w, i) || StateVerbGroup.isAdverbial(w, i))
            ? i : -1;
    }

    /** The word that closes an aside opened at i ("," ... ","; "(" ... ")"), before the state, or -1. */
    /**
     * Whether words {@code from} to before {@code to} hold a verb: an aside that is a clause ("who
     * shared a cell with Mara", "jailed with Mara"), not a noun in apposition ("a reporter").
     */
    private static boolean holdsAVerb(SentenceWords w, int from, int to) {
        for (int j = from; j < to; j++) {
            if (w.tag(j).equals("VERB") || w.tag(j).equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    private static int closing(SentenceWords w, int open, int limit) {
        String closer = w.lower(open).equals("(") ? ")" : w.lower(open);
        int words = 0;
        for (int j = open + 1; j < limit && words < LONGEST_ASIDE; j++) {
            if (!w.lower(j).equals(".")) {
                words++; // an abbreviation's periods are not words of the aside: "until 5 a.m."
            }
            if (w.lower(j).equals(closer)) {
                return j;
            }
            if (ASIDE_BREAKS.contains(w.lower(j))) {
                return -1;
            }
        }
        return -1;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.AspectVerbs;
import io.factaudit.lexicon.AttitudeVerbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StanceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;
import java.util.Set;

/**
 * A state's words tied to the subject they are said of, in one sentence: the subject before them
 * with only auxiliaries, adverbs, negations, modal and reporting words ("are reported to be") or
 * an aside between commas in between ("North Korean soldiers have already clashed with ...",
 * "troops, most of them from the 11th Corps, moved into Kursk"), or, for a state said with a verb,
 * the subject as its object ("are fighting North Korean units").
 *
 * @param subject   the reference to the subject
 * @param first     the state's first word
 * @param last      the state's last word
 * @param start     the claim's first word
 * @param modality  how the sentence puts the state
 */
record StateLink(SubjectReferences.Reference subject, int first, int last, int start, Modality modality) {

    /**
     * Words of a verb group that may stand between a subject and its state besides auxiliaries,
     * modals ({@link ClosedClass}), forecast words ({@link StanceWords}, {@link AttitudeVerbs}: the
     * reading of the forecast is {@link Modality}'s), verbs of saying in the passive ("are said to
     * be") and aspect words ({@link StateAspect}): negation, adverbs of time, degree and manner not
     * ending in -ly, "to", relatives, linking verbs, and verbs that say where a group is seen or busy
     * ("were spotted in Kursk", "are training in Kursk").
     */
    private static final Set<String> BETWEEN = Set.of("not", "n't", "never", "yet", "still", "already", "now", "also",
        "first", "back", "all", "both", "themselves", "itself", "even", "then", "just", "only", "soon", "to", "who",
        "which", "that", "almost", "together", "meanwhile", "however", "indeed", "once", "ever", "always", "often",
        "later", "there", "here", "too", "long", "sometimes", "perhaps", "maybe", "prepared",
        "spotted", "seen", "observed", "identified", "located", "based", "positioned", "massed", "concentrated",
        "gathered", "operating", "training", "fighting", "serving", "stationed", "deployed", "participating",
        "involved", "taking", "part");
    private static final Set<String> PASSIVE_BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");
    private static final Set<String> ASIDE_OPENERS = Set.of(",", "(", "-");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> ASIDE_BREAKS = Set.of(";", ":", ".", "?", "!");
    /** A time named this close after the state joins the claim's words ("moved into Kursk in late October"). */
    private static final int TIME_REACH = 40;
    private static final Set<String> BEFORE_OBJECT = Set.of("against", "with", "alongside", "the", "some", "several",
        "dozens", "hundreds", "thousands", "of");
    private static final int LONGEST_ASIDE = 14;
    /** Articles and owners, before which a state's verb is a noun: "the reopening", "its approval". */
    private static final Set<String> NOUN_MAKERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
        "'s");
    /** How many words of its noun group may stand before an object subject: "the company's new". */
    private static final int OBJECT_GROUP = 4;

    /** The link of a state's words to the nearest reference before them that links, else to one just after them. */
    static StateLink find(SentenceWords w, List<SubjectReferences.Reference> refs, int first, int last) {
        return find(w, refs, first, last, false);
    }

    /**
     * As {@link #find(SentenceWords, List, int, int)}; {@code verb} when the sheet writes the state
     * as a verb that the sentence inflects ("backs", "reopen" for "backed", "reopened").
     */
    static StateLink find(SentenceWords w, List<SubjectReferences.Reference> refs, int first, int last, boolean verb) {
        SubjectReferences.Reference after = null;
        for (int k = refs.size() - 1; k >= 0; k--) {
            SubjectReferences.Reference before = refs.get(k);
            if (before.last() >= first) {
                if (before.first() > last) {
                    after = before;
                }
                continue;
            }
            int start = linkStart(w, before, first);
            if (start >= 0 && (saidWithVerb(w, first) || hasVerb(w, before.last() + 1, first))) {
                Modality modality = Modality.of(w, before.first(), before.last() + 1, first, last);
                return new StateLink(before, first, last, claimStart(w, before, start, modality), modality);
            }
        }
        if (after != null && isObject(w, first, last, after, verb)) {
            return new StateLink(after, first, last, first, Modality.of(w, first, first, first, after.last()));
        }
        return null;
    }

    /**
     * Where the claim's words start: at a denial before the subject, from its clause's start ("We've
     * not yet seen these troops ..."); at the verb after "them" ("about 8,000 of them are ...").
     */
    private static int claimStart(SentenceWords w, SubjectReferences.Reference subject, int start, Modality modality) {
        if (start != subject.first()) {
            return start;
        }
        if (modality.cue() >= 0) {
            int clause = Modality.clauseStart(w, modality.cue());
            return modality.cue() - clause <= 3 ? Math.min(clause, start) : Math.min(modality.cue(), start);
        }
        return !subject.explicit() && w.lower(subject.first()).equals("them") ? subject.last() + 1 : start;
    }

    /** A state worded with a verb ("fighting", "arrived in Kursk"), not only a phrase ("in combat"). */
    private static boolean saidWithVerb(SentenceWords w, int first) {
        return !Lexicon.PREPOSITIONS.contains(w.lower(first));
    }

    /**
     * Whether a verb ties the subject to a state worded as a phrase: "troops are in combat" says
     * where they are; "the efficacy of troops in combat" says nothing of it.
     */
    private static boolean hasVerb(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word) || ClosedClass.LINKING_VERBS.contains(word)
                || Lexicon.looksVerbal(word) || AspectVerbs.goesOn(word) || AspectVerbs.ends(word)) {
                return true;
            }
        }
        return false;
    }

    /** The claim's first word when the reference is the state's subject, else -1. */
    private static int linkStart(SentenceWords w, SubjectReferences.Reference subject, int first) {
        int start = subject.first();
        int i = subject.last() + 1;
        boolean phraseAllowed = true;
        while (i < first) {
            String word = w.lower(i);
            if (ASIDE_OPENERS.contains(word)) {
                int close = closing(w, i, first);
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
            int agent = RELATIVES.contains(word) && saidWithVerb(w, first) ? relativeAgent(w, i + 1, first) : -1;
            if (agent > 0) {
                i = agent; // "the plan, which members have ratified": the subject is the verb's object
            } else if (between(w, i) || isAdverbial(w, i) || StateAspect.isAspectWord(w, i) || isPassiveReport(w, i)) {
                i++;
            } else if (phraseAllowed && i == subject.last() + 1 && Lexicon.PREPOSITIONS.contains(word)) {
                // a phrase that describes the subject: "troops from the 11th Corps are ..."
                int phraseStart = ++i;
                while (i < first && Lexicon.isNominal(w.get(i)) && !between(w, i)) {
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
     * The word after the noun group that opens a relative clause about the subject, as the
     * clause's own subject ("which members have ratified", "that the council backed"); -1
     * when no noun group stands there or a word of the verb group follows none.
     */
    private static int relativeAgent(SentenceWords w, int from, int first) {
        int i = from;
        while (i < first && Lexicon.isNominal(w.get(i)) && !between(w, i) && !Lexicon.AUXILIARIES.contains(w.lower(i))) {
            i++;
        }
        return i > from && i <= first && (i == first || between(w, i) || isAdverbial(w, i)) ? i : -1;
    }

    /** A word of the verb group that may stand between subject and state ({@link #BETWEEN}). */
    private static boolean between(SentenceWords w, int i) {
        String word = w.lower(i);
        return BETWEEN.contains(word) || ClosedClass.AUXILIARIES.contains(word) || ClosedClass.MODALS.contains(word)
            || ClosedClass.LINKING_VERBS.contains(word) || StanceWords.FORECAST.contains(word) || AttitudeVerbs.expects(word)
            || StanceWords.FORECAST_BEFORE_TO.contains(word) && w.lower(i + 1).equals("to");
    }

    /**
     * A verb of saying or believing in the passive, of the group that reports the state: "are
     * said to be", "were reported to have", "is believed (to be)", "are thought to have".
     */
    private static boolean isPassiveReport(SentenceWords w, int i) {
        String word = w.lower(i);
        if (!VerbsOfSaying.contains(word) || word.endsWith("ing") || VerbsOfSaying.lemma(word).equals(word)) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && (isAdverbial(w, k) || w.lower(k).equals("also") || w.lower(k).equals("widely"))) {
            k--;
        }
        return k >= 0 && PASSIVE_BE.contains(w.lower(k));
    }

    /** An adverb ("reportedly", "directly"); the common ones not ending in -ly are among {@link #BETWEEN}. */
    private static boolean isAdverbial(SentenceWords w, int i) {
        String text = w.get(i).text();
        return text.length() > 3 && text.endsWith("ly") && Character.isLowerCase(text.charAt(0));
    }

    /** The word that closes an aside opened at i ("," ... ","; "(" ... ")"), before the state, or -1. */
    private static int closing(SentenceWords w, int open, int limit) {
        String closer = w.lower(open).equals("(") ? ")" : w.lower(open);
        for (int j = open + 1; j < limit && j <= open + LONGEST_ASIDE; j++) {
            if (w.lower(j).equals(closer)) {
                return j;
            }
            if (ASIDE_BREAKS.contains(w.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the subject after a state said with a verb is its object: next to it, or after
     * words of the object's own noun group ("approved the company's plan", "fighting some units").
     */
    private static boolean isObject(SentenceWords w, int first, int last, SubjectReferences.Reference after,
                                    boolean verb) {
        if (after.first() - last - 1 > OBJECT_GROUP) {
            return false;
        }
        for (int i = last + 1; i < after.first(); i++) {
            boolean inGroup = i > last + 1 || w.lower(i + 1).equals("'s"); // a determiner or an owner opens it
            if (!BEFORE_OBJECT.contains(w.lower(i)) && !(inGroup && Lexicon.isNominal(w.get(i)))) {
                return false;
            }
        }
        if (first > 0 && NOUN_MAKERS.contains(w.lower(first - 1))) {
            return false; // a noun made of the state's verb: "the reopening of the bridge" names a change
        }
        for (int i = first; i <= last; i++) {
            String word = w.lower(i);
            if (Lexicon.looksVerbal(word)) {
                return true; // a state said with a verb: "are fighting", "wound down", "called off"
            }
        }
        // a headline's present ("City reopens bridge", "Council backs levy"), not an aim ("to reopen the bridge")
        return verb && !w.lower(first - 1).equals("to");
    }

    /** The claim's words: from the subject (or the word that denies) through the state, and its time. */
    Span span(SentenceWords w, DateMention time) {
        int from = start;
        int to = Math.max(last, subject.last());
        Span span = w.span(from, to);
        if (time != null && time.span().start() >= span.end() && time.span().start() - span.end() < TIME_REACH) {
            span = span.union(time.span());
        }
        return span;
    }
}

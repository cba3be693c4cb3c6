package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.AspectVerbs;
import io.factaudit.lexicon.AttitudeVerbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StanceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Set;

/**
 * The words of a verb group that may stand between a subject and its state ("have not yet",
 * "are reported to be", "were spotted in Kursk and are now"), and whether a verb is among them.
 */
final class StateVerbGroup {

    /**
     * Words of a verb group that may stand between a subject and its state besides auxiliaries,
     * modals ({@link ClosedClass}), forecast words ({@link StanceWords}, {@link AttitudeVerbs}: the
     * reading of the forecast is {@link io.factaudit.language.Modality}'s), verbs of saying in the
     * passive ("are said to be") and aspect words ({@link StateAspect}): negation, adverbs of time,
     * degree and manner not ending in -ly ("has since resumed"), "to", relatives, linking verbs, and verbs that say where a
     * group is seen or busy ("were spotted in Kursk", "are training in Kursk").
     */
    private static final Set<String> BETWEEN = Set.of("not", "n't", "never", "yet", "still", "already", "now", "also",
        "first", "back", "all", "both", "themselves", "itself", "even", "then", "just", "only", "soon", "to", "who",
        "which", "that", "almost", "together", "meanwhile", "however", "indeed", "once", "ever", "always", "often",
        "later", "there", "here", "too", "long", "sometimes", "perhaps", "maybe", "prepared", "since",
        "spotted", "seen", "observed", "identified", "located", "based", "positioned", "massed", "concentrated",
        "gathered", "operating", "training", "fighting", "serving", "stationed", "deployed", "participating",
        "involved", "taking", "part");
    private static final Set<String> PASSIVE_BE = ClosedClass.BE;

    private StateVerbGroup() {
    }

    /** A word of the verb group that may stand between subject and state ({@link #BETWEEN}). */
    static boolean between(SentenceWords w, int i) {
        String word = w.lower(i);
        return BETWEEN.contains(word) || ClosedClass.AUXILIARIES.contains(word) || ClosedClass.MODALS.contains(word)
            || ClosedClass.LINKING_VERBS.contains(word) || StanceWords.FORECAST.contains(word) || AttitudeVerbs.expects(word)
            || StanceWords.FORECAST_BEFORE_TO.contains(word) && w.lower(i + 1).equals("to") || deniesNext(w, i);
    }

    /** A verb that denies the verb after "to": "failed to reopen", "refused to close". */
    static boolean deniesNext(SentenceWords w, int i) {
        return ClosedClass.NEGATIVE_IMPLICATIVES.contains(w.lower(i)) && w.lower(i + 1).equals("to");
    }

    /** Any word a verb group may hold before the state: {@link #between}, an adverb, an aspect word, a passive report. */
    static boolean holds(SentenceWords w, int i) {
        return between(w, i) || isAdverbial(w, i) || StateAspect.isAspectWord(w, i) || isPassiveReport(w, i);
    }

    /**
     * Whether a verb ties the subject to a state worded as a phrase: "troops are in combat" says
     * where they are; "the efficacy of troops in combat" says nothing of it.
     */
    static boolean hasVerb(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word) || ClosedClass.LINKING_VERBS.contains(word)
                || Lexicon.looksVerbal(word) || AspectVerbs.goesOn(word) || AspectVerbs.ends(word)) {
                return true;
            }
        }
        return false;
    }

    /** A state worded with a verb ("fighting", "arrived in Kursk"), not only a phrase ("in combat"). */
    static boolean saidWithVerb(SentenceWords w, int first) {
        return !Lexicon.PREPOSITIONS.contains(w.lower(first));
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
    static boolean isAdverbial(SentenceWords w, int i) {
        String text = w.get(i).text();
        return text.length() > 3 && text.endsWith("ly") && Character.isLowerCase(text.charAt(0));
    }
}

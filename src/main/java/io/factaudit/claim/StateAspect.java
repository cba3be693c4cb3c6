package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.AspectVerbs;
import java.util.Set;

/**
 * The phase a verb group puts a state in, read from its aspect words: "no longer", "not ... any
 * more" and verbs of ending ("stopped fighting", "have ceased fighting") say the state held and
 * holds no more; "again", "anew" and verbs of going on ("resumed fighting", "returned to combat",
 * "continue to fight") leave it affirmed. Negation itself is {@link io.factaudit.language.Modality}'s.
 */
final class StateAspect {

    /** "longer", "more" after "no" or "any" ("no longer", "not ... any more"). */
    private static final Set<String> COMPARATIVES = Set.of("longer", "more");
    private static final Set<String> QUANTIFIERS = Set.of("no", "any");
    /** Adverbs of repetition and ending that are not comparatives: "again", "anew", "anymore". */
    private static final Set<String> ADVERBS = Set.of("again", "anew", "anymore");
    /** How far after the state an "any more" or "any longer" may stand: "are not fighting any longer". */
    private static final int AFTER = 3;

    private StateAspect() {
    }

    /** A word of the verb group's aspect, which may stand between subject and state. */
    static boolean isAspectWord(SentenceWords w, int i) {
        String word = w.lower(i);
        return ADVERBS.contains(word) || AspectVerbs.goesOn(word) || AspectVerbs.ends(word)
            || COMPARATIVES.contains(word) && i > 0 && QUANTIFIERS.contains(w.lower(i - 1))
            || QUANTIFIERS.contains(word) && COMPARATIVES.contains(w.lower(i + 1));
    }

    /**
     * Whether the state is said to have ended: "no longer", "any more", "anymore" or a verb of
     * ending between subject and state ({@code from} to {@code to}) or just after the state.
     */
    static boolean ended(SentenceWords w, int from, int to, int stateLast) {
        for (int i = from; i < to; i++) {
            if (endsHere(w, i)) {
                return true;
            }
        }
        for (int i = stateLast + 1; i < Math.min(w.size(), stateLast + 1 + AFTER) && !w.get(i).isPunctuation(); i++) {
            if (endsHere(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsHere(SentenceWords w, int i) {
        String word = w.lower(i);
        return AspectVerbs.ends(word) || word.equals("anymore")
            || COMPARATIVES.contains(word) && i > 0 && QUANTIFIERS.contains(w.lower(i - 1));
    }
}

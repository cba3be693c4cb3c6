package io.factaudit.claim;

import io.factaudit.lexicon.CitingVerbs;
import java.util.List;

/**
 * "X said 4,000 were culled, citing Y", "Citing figures from Y, X said ...", "quoting Y data": the
 * one cited passes the figure on, and it is theirs; "cited by X" names the one who cites, not whose
 * figure it is.
 */
final class Citing {

    /** How far before the name the verb of citing may stand ("citing figures from the Y"). */
    private static final int REACH = 4;

    private Citing() {
    }

    /** Whether the name at word {@code mi} is cited: a verb of citing before it, in its phrase. */
    static boolean cited(List<Words.Word> words, int mi) {
        for (int i = mi - 1; i >= Math.max(0, mi - REACH); i--) {
            Words.Word w = words.get(i);
            if (w.punctuation()) {
                return false;
            }
            if ((i == 0 || !w.capitalized()) && CitingVerbs.contains(w.lower())) { // "Citing Y, X said"
                return !words.get(i + 1).is("by");
            }
        }
        return false;
    }
}

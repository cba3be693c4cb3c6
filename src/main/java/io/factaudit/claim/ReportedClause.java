package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a clause opens inside a stretch of a sentence with no pause: after a verb of saying ("the
 * agency said the number of callers had risen to 40"), after the "that" such a verb governs ("said on
 * Friday that"), or after a subordinator ("as the tally of stranded drivers reached 90").
 */
final class ReportedClause {

    /** How many words may stand between a verb of saying and its "that" ("said on Friday that"). */
    private static final int TO_THAT = 3;

    private ReportedClause() {
    }

    /**
     * The words at which a clause opens between {@code start} (the word after a pause or "that") and
     * the number's word {@code first}, in text order; empty when none does.
     */
    static List<Integer> openings(CountSentence s, int start, int first) {
        List<Integer> found = new ArrayList<>();
        if (start > 0 && s.word(start - 1).is("that") && sayingBefore(s, start - 1)) {
            found.add(start);
        }
        for (int k = start; k < first - 1; k++) {
            Words.Word w = s.word(k);
            boolean saying = VerbsOfSaying.contains(w.lower()) && s.tag(w).equals("VERB");
            if (saying || ClosedClass.SUBORDINATORS.contains(w.lower())) {
                found.add(k + 1 < first - 1 && s.word(k + 1).is("that") ? k + 2 : k + 1);
            }
        }
        return found;
    }

    private static boolean sayingBefore(CountSentence s, int that) {
        for (int k = that - 1; k >= Math.max(0, that - TO_THAT); k--) {
            Words.Word w = s.word(k);
            if (w.punctuation()) {
                return false;
            }
            if (VerbsOfSaying.contains(w.lower()) && s.tag(w).equals("VERB")) {
                return true;
            }
        }
        return false;
    }
}

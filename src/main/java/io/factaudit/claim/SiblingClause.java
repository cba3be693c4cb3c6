package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import java.util.List;

/**
 * "X said that Y was understating the cuts, and that 900 jobs would go": a figure in the second of two
 * coordinated that-clauses is the speaker's of both; a name that is the subject inside the first clause
 * does not reach across the coordinator into the second.
 */
final class SiblingClause {

    private SiblingClause() {
    }

    /** Whether the mention at words {@code mi}..{@code mEnd} stands in a that-clause that a later coordinated that-clause before the count closes. */
    static boolean closedBefore(List<Words.Word> words, int mi, int mEnd, int count) {
        if (mEnd > count || !thatBefore(words, mi)) {
            return false;
        }
        for (int i = mEnd; i + 1 < count; i++) {
            if ((ClosedClass.COORDINATORS.contains(words.get(i).lower()) || words.get(i).is("but")) && words.get(i + 1).is("that")) {
                return true;
            }
        }
        return false;
    }

    /** A "that" opening the clause the mention stands in, no stronger break between. */
    private static boolean thatBefore(List<Words.Word> words, int mi) {
        for (int i = mi - 1; i >= 0; i--) {
            Words.Word w = words.get(i);
            if (w.is("that")) {
                return true;
            }
            if (w.is(";", ":", "\u2014", ".")) {
                return false;
            }
        }
        return false;
    }
}

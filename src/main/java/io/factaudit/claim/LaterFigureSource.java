package io.factaudit.claim;

import io.factaudit.article.Span;
import java.util.List;

/**
 * Which figure of a sentence a source written after them belongs to. A source joined to a later
 * figure by a participle and "by" is that figure's own ("roughly 3.7 million, far fewer than the 4.1
 * million announced by X": X's is the 4.1 million), not the earlier figure's.
 */
final class LaterFigureSource {

    /** How many words may stand between a later figure and the "by" of its participle ("the 2,910,000 first announced by"). */
    private static final int PARTICIPLE = 4;

    private LaterFigureSource() {
    }

    /** Whether the source at words {@code mi} belongs to another figure after {@code count}, by a participle and "by". */
    static boolean ofALaterFigure(List<Words.Word> words, int mi, Span count, List<Span> counts) {
        int by = mi - 1;
        if (by > 0 && words.get(by).is("the")) {
            by--;
        }
        if (by < 1 || !words.get(by).is("by")) {
            return false;
        }
        for (Span c : counts) {
            if (c.start() < count.end() || c.end() > words.get(by).span().start()) {
                continue;
            }
            int after = Words.indexAt(words, c.end());
            boolean joined = by - after <= PARTICIPLE;
            for (int i = after; i < by && joined; i++) {
                joined = !words.get(i).is(",", ";", ":", "\u2014", "and", "or");
            }
            if (joined) {
                return true;
            }
        }
        return false;
    }
}

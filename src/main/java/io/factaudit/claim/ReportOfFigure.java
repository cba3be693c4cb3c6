package io.factaudit.claim;

import io.factaudit.lexicon.ReportNouns;
import java.util.List;

/**
 * A source that is a document holding the figure: "files a notice for 1,150 layoffs", "the bulletin of
 * 300 cases", "a filing with about 900": a name ending in a noun of what a source issues (WordNet, {@link
 * ReportNouns}), then "for", "of" or "with" and the number.
 */
final class ReportOfFigure {

    /** How many words ("about", "some") may stand between the preposition and the number. */
    private static final int HEDGE = 2;

    private ReportOfFigure() {
    }

    /** Whether the name at words {@code mi}..{@code mEnd} is a document that holds the number after it. */
    static boolean holds(List<Words.Word> words, int mi, int mEnd) {
        if (mEnd <= mi || mEnd + 1 >= words.size() || !ReportNouns.contains(words.get(mEnd - 1).lower())
            || !words.get(mEnd).is("for", "of", "with")) {
            return false;
        }
        for (int i = mEnd + 1; i < Math.min(words.size(), mEnd + 2 + HEDGE); i++) {
            if (Character.isDigit(words.get(i).written().charAt(0))) {
                return true;
            }
            if (words.get(i).punctuation()) {
                return false;
            }
        }
        return false;
    }
}

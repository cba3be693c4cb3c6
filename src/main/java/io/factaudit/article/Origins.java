package io.factaudit.article;

import java.util.Arrays;

/**
 * Where each offset of a derived text stands in the content it came from, stored as runs: within a
 * run, consecutive text offsets come from consecutive content offsets. A plain article with a few
 * invisible characters removed needs a handful of runs, not an entry per character, so a 10 MB
 * article costs kilobytes here.
 */
final class Origins {

    private final int[] textStarts;
    private final int[] contentStarts;
    private final int runs;

    Origins(int[] textStarts, int[] contentStarts, int runs) {
        this.textStarts = textStarts;
        this.contentStarts = contentStarts;
        this.runs = runs;
    }

    /** The content offset of a text offset; an offset past the text's end maps past its last character. */
    int contentOffset(int textOffset) {
        if (runs == 0) {
            return textOffset;
        }
        int idx = Arrays.binarySearch(textStarts, 0, runs, textOffset);
        int run = idx >= 0 ? idx : Math.max(0, -idx - 2);
        return contentStarts[run] + (textOffset - textStarts[run]);
    }
}

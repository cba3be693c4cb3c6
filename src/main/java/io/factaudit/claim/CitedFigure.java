package io.factaudit.claim;

import io.factaudit.language.Mention;

/**
 * A bare number cited to a sheet source right after it, in a list or timeline that counts a subject
 * before it: "12 June: 1,400 according to the union, 900 according to the agency", "1,400 (union),
 * 900 (agency)", "1,400 by the union's count, 900 by the agency's". The number counts what the count
 * before it in the paragraph counts, by that source.
 */
final class CitedFigure {

    private CitedFigure() {
    }

    /** How many lines back a list's count may stand. */
    private static final int LINES_BACK = 3;

    /**
     * The count the list counted before the number: the last of its paragraph, else the last of the
     * few lines just before in the same block of lines (a list or timeline has a line a paragraph, and
     * no blank line between its lines); or null.
     */
    static CountClaim listed(CountSentence s) {
        CountClaim last = s.lastClaimInParagraph();
        if (last != null) {
            return last;
        }
        last = s.lastClaim();
        if (last == null) {
            return null;
        }
        String between = s.context().document().text().substring(Math.min(last.span().end(), s.span().start()), s.span().start());
        long lines = between.chars().filter(c -> c == '\n').count();
        return lines >= 1 && lines <= LINES_BACK && !between.contains("\n\n") && !between.contains("\n\r\n") ? last : null;
    }

    /** The source cited right after the bare number that ends at word {@code after}, or null. */
    static String after(CountSentence s, int after) {
        if (after + 1 >= s.size()) {
            return null;
        }
        if (s.word(after).is("(")) {
            return sourceFrom(s, after + 1, true); // "1,400 (union)"
        }
        if (s.word(after).is("according") && s.word(after + 1).is("to")) {
            return sourceFrom(s, after + 2, false); // "1,400 according to the union"
        }
        if (s.word(after).is("by")) {
            return owner(s, after + 1); // "900 by the agency's", "900 by the agency's count"
        }
        return null;
    }

    /** The source written from word {@code from} (past "the"), closed by ")" when {@code closed}, else by a pause or the end. */
    private static String sourceFrom(CountSentence s, int from, boolean closed) {
        for (int j = from; j < Math.min(s.size(), from + 6); j++) {
            Mention m = s.context().sources().endingAt(s.span(), s.words(), j);
            if (m != null && starts(s, m, from)) {
                boolean ends = j + 1 >= s.size() || (closed ? s.word(j + 1).is(")") : s.word(j + 1).punctuation());
                return ends ? m.name() : null;
            }
        }
        return null;
    }

    /** "the agency's", "the unions'", followed by a count noun or by a pause: the source, or null. */
    private static String owner(CountSentence s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 6); j++) {
            Mention m = s.context().sources().endingAt(s.span(), s.words(), j);
            if (m != null && starts(s, m, from)) {
                int k = j + 1 < s.size() && s.word(j + 1).is("'") ? j + 2 : j + 1;
                boolean possessive = k > j + 1 || s.word(j).lower().endsWith("'s");
                boolean closes = k >= s.size() || s.word(k).punctuation()
                    || SubjectProfile.GENERIC_COUNT_NOUNS.contains(s.word(k).lower()) && (k + 1 >= s.size() || s.word(k + 1).punctuation());
                return possessive && closes ? m.name() : null;
            }
        }
        return null;
    }

    private static boolean starts(CountSentence s, Mention m, int from) {
        int start = Words.indexAt(s.words(), m.span().start());
        return start == from || start == from + 1 && s.word(from).is("the");
    }
}

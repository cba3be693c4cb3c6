package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a timeline (FACT-SHEETS.md 1.1: timelines are text like any other): a date at the start
 * of a line, a dash or a colon, then what happened ("Feb. 2 — The levee failed", "March 9: count
 * reaches 11", "- 3 Mar - ..."). The date dates the line: its figures are of that day.
 *
 * @param line the line's words
 * @param day  the first day the date names, read against the article's date
 */
record TimelineLine(Span line, LocalDate day) {

    /** What may open a line before its date: list marks and padding. */
    private static final String MARKS = "-*\u2022\u00b7 \t";
    /** What stands between the date and the line's clause. */
    private static final String DASHES = "\u2014\u2013-:|";

    /** The timeline lines of an article; none in an undated one, whose dates can't be read. */
    static List<TimelineLine> in(Document document) {
        return document.shared(TimelineLine.class, TimelineLine::read); // read from the text alone, once for every scenario
    }

    private static List<TimelineLine> read(Document document) {
        LocalDate published = document.article().published();
        if (published == null) {
            return List.of();
        }
        String text = document.text();
        DateResolver dates = document.dates();
        List<TimelineLine> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int first = start;
            while (first < end && MARKS.indexOf(text.charAt(first)) >= 0) {
                first++;
            }
            Span line = new Span(first, end);
            if (first < end && dates.mayOpen(text, line)) { // most lines open with no date: not read
                for (DateMention d : dates.find(text, line)) {
                    if (d.span().start() == first && d.from() != null && dashAfter(text, d.span().end(), end)) {
                        lines.add(new TimelineLine(line, d.from()));
                    }
                    break;
                }
            }
            start = end + 1;
        }
        return List.copyOf(lines);
    }

    /** Whether a dash or colon follows the date, with words after it. */
    private static boolean dashAfter(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || DASHES.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        i++;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && Character.isLetterOrDigit(text.charAt(i));
    }
}

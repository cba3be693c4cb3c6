package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Interval;
import java.time.LocalDate;

/**
 * A count of the subject: "about 3,000 North Korean soldiers, South Korea said".
 *
 * @param source       the sheet name of the cited source, or the words naming a source that is
 *                     not on the sheet, or null when no source is cited
 * @param sourceOnSheet whether {@code source} is one of the sheet's names
 * @param earlier      the article marks the figure as an earlier one ("initially", "first", a past date)
 * @param asOf         a date the article gives for the figure, when it gives one
 * @param where        the sheet place the article locates the count in ("died in Georgia"), or null
 *                     for a count of the whole (FACT-SHEETS.md 1.1, "Places and parts of a whole")
 */
public record CountClaim(Span span, String text, String subject, Interval interval, String source,
                         boolean sourceOnSheet, boolean earlier, LocalDate asOf, String where) implements Claim {

    /** A count of the whole, or read from a sheet without places. */
    public CountClaim(Span span, String text, String subject, Interval interval, String source,
                      boolean sourceOnSheet, boolean earlier, LocalDate asOf) {
        this(span, text, subject, interval, source, sourceOnSheet, earlier, asOf, null);
    }

    @Override
    public String kind() {
        return "count";
    }
}

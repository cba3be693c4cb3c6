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
 */
public record CountClaim(Span span, String text, String subject, Interval interval, String source,
                         boolean sourceOnSheet, boolean earlier, LocalDate asOf) implements Claim {

    @Override
    public String kind() {
        return "count";
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import java.time.LocalDate;

/**
 * A dated mention of a sheet event: "signed in June" is the span June 1 to June 30.
 *
 * @param from     first day of the span the article gives, or null when it could not be resolved
 * @param to       last day of that span
 * @param relative the date is given relative to the article's own date ("last week", "on Thursday")
 * @param when     the date's own words ("in June", "last week")
 */
public record EventDateClaim(Span span, String text, String event, LocalDate from, LocalDate to, boolean relative,
                             String when) implements Claim {

    @Override
    public String kind() {
        return "event-date";
    }
}

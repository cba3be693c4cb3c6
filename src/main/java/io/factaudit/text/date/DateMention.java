package io.factaudit.text.date;

import io.factaudit.article.Span;
import java.time.LocalDate;

/**
 * A date expression in an article and the days it covers: "in June" is June 1 to June 30.
 *
 * @param span      the expression's words
 * @param from      its first day, or null when it needs the article's date and the article has none
 * @param to        its last day (null with {@code from})
 * @param relative  whether it is read against the article's date ("last week", "on Thursday",
 *                  "Oct. 24" without a year), as opposed to a full date ("June 19, 2024")
 * @param direction the way its clause points ("will vote on Friday": the coming Friday); PAST
 *                  for a form that points one way on its own
 */
public record DateMention(Span span, LocalDate from, LocalDate to, boolean relative, Direction direction) {

    public DateMention(Span span, LocalDate from, LocalDate to, boolean relative) {
        this(span, from, to, relative, Direction.PAST);
    }

    public boolean resolved() {
        return from != null;
    }

    public boolean contains(LocalDate day) {
        return resolved() && !day.isBefore(from) && !day.isAfter(to);
    }

    /** "2024-06-19", or "2024-06-01 to 2024-06-30" for a span of days. */
    public String days() {
        return !resolved() ? "an unknown date" : from.equals(to) ? from.toString() : from + " to " + to;
    }
}

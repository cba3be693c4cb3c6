package io.factaudit.quantity;

import io.factaudit.article.Span;

/**
 * A number as written, hedges included: "about 10,000", "between 20 and 30", "$5.5 billion".
 *
 * @param span     where it stands in the article, hedge words included
 * @param value    the number (the upper one of a range)
 * @param interval what it means as a count
 * @param hedge    how it is qualified
 * @param measure  what kind of measure it is
 * @param unit     the words that make it a non-count measure, or ""
 */
public record Quantity(Span span, long value, Interval interval, Hedge hedge, Measure measure, String unit) {
}

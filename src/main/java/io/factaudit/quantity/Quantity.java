package io.factaudit.quantity;

import io.factaudit.article.Span;
import java.util.Objects;

/**
 * A numeric expression as news writing means it.
 *
 * @param span     absolute offsets in the article, covering the hedge words ("about 10,000",
 *                 "between 20 and 30", "11 to 12,000") and the unit words ("$5.5 billion", "14°C")
 * @param value    the number itself, rounded to a whole number; the upper number of a range, the
 *                 lower bound of a vague plural ("thousands": 1,000)
 * @param interval the counts the expression allows (open ends are null)
 * @param hedge    how the text qualifies the number
 * @param measure  what the number measures; only {@link Measure#COUNT} counts things
 * @param unit     the words that make it a non-count measure ("$", "billion dollars" is "dollars",
 *                 "km", "percent"), or "" for counts
 */
public record Quantity(Span span, long value, Interval interval, Hedge hedge, Measure measure, String unit) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether the quantity counts things (and so may count a sheet's subject). */
    public boolean isCount() {
        return measure == Measure.COUNT;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;
import java.util.List;

/**
 * A rule that sets a number aside: a year before it, earlier than the year before the sheet's first
 * estimate, makes it a historical figure ("in the 1950-53 war, 200,000 troops").
 */
final class HistoricalFigure {

    static final String NAME = "a historical figure";

    private HistoricalFigure() {
    }

    /** The year that makes the count historical, or null. */
    static Span yearBefore(Quantity count, List<Quantity> all, int firstYear) {
        return all.stream().filter(y -> y.measure() == Measure.YEAR && y.value() < firstYear - 1
            && y.span().end() <= count.span().start()).map(Quantity::span).findFirst().orElse(null);
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;
import java.util.Locale;

/**
 * A measure in a unit the sheet counts is a count of that unit: on a sheet of "acres burned", "3,000
 * acres" is a number of acres, read like "3,000 troops", with the unit as the counted noun after it.
 */
final class CountedUnit {

    private CountedUnit() {
    }

    /** The quantity as a count of its unit when a subject of the sheet counts that unit; else the quantity as it is. */
    static Quantity asCount(Quantity q, String text, CountContext context) {
        String unit = q.unit().toLowerCase(Locale.ROOT);
        // the unit's noun is its last word: "square miles" counts miles
        if (q.isCount() || unit.isBlank() || !context.anyHead(unit.substring(unit.lastIndexOf(' ') + 1))) {
            return q;
        }
        int at = text.substring(q.span().start(), q.span().end()).toLowerCase(Locale.ROOT).lastIndexOf(unit);
        int end = q.span().start() + at;
        while (end > q.span().start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (at <= 0 || end <= q.span().start()) {
            return q;
        }
        return new Quantity(new Span(q.span().start(), end), q.value(), q.interval(), q.hedge(), Measure.COUNT, "");
    }
}

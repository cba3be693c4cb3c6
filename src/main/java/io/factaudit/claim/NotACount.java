package io.factaudit.claim;

import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;
import java.util.Locale;

/** A rule that sets a number aside: it is a measure, money, a year, a date or an age, not a number of things. */
final class NotACount {

    static final String NAME = "a measure, not a count";

    /** The rule as {@code explain} names it: "a measure, not a count (money)". */
    static String name(Quantity q) {
        return NAME + " (" + q.measure().name().toLowerCase(Locale.ROOT) + ")";
    }

    private NotACount() {
    }

    static boolean is(Quantity q) {
        return q.measure() != Measure.COUNT;
    }
}

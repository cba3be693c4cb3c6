package io.factaudit.claim;

import io.factaudit.quantity.Measure;
import io.factaudit.quantity.Quantity;

/** A rule that sets a number aside: it is a measure, money, a year, a date or an age, not a number of things. */
final class NotACount {

    static final String NAME = "a measure, money or a year";

    private NotACount() {
    }

    static boolean is(Quantity q) {
        return q.measure() != Measure.COUNT;
    }
}

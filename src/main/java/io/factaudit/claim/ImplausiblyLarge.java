package io.factaudit.claim;

import io.factaudit.quantity.Interval;

/**
 * A rule that sets a number aside: a count whose words do not name the subject and that is far
 * above every estimate of it is about something else (an army, a population).
 */
final class ImplausiblyLarge {

    static final String NAME = "implausibly large";

    /** How many times the largest estimate an unqualified count may be. */
    private static final int FACTOR = 3;

    private ImplausiblyLarge() {
    }

    static boolean is(Interval interval, long largestEstimate) {
        return largestEstimate > 0 && interval.low() != null && interval.low() > FACTOR * largestEstimate;
    }
}

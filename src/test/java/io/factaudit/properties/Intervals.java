package io.factaudit.properties;

import io.factaudit.quantity.Interval;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Intervals as claims and estimates have them: closed, open at one end ("at least", "up to") or at
 * both, over the whole range of longs or over realistic counts.
 */
final class Intervals {

    /** Counts as articles and sheets write them: none is negative, none reaches a quadrillion. */
    static final long MAX_COUNT = 1_000_000_000_000_000L;

    private Intervals() {
    }

    /** Any interval, open ends included, bounds anywhere in the range of longs. */
    static Arbitrary<Interval> any() {
        return over(Arbitraries.longs());
    }

    /** Intervals of counts: bounds between 0 and {@link #MAX_COUNT}, either end possibly open. */
    static Arbitrary<Interval> ofCounts() {
        return over(counts());
    }

    static Arbitrary<Long> counts() {
        return Arbitraries.longs().between(0, MAX_COUNT).edgeCases(c -> c.add(0L, 1L, 10L, 3_000L, 10_000L));
    }

    /** A pair of intervals, the first holding every count of the second. */
    static Arbitrary<Interval[]> widerAndNarrower() {
        Arbitrary<Long> widening = Arbitraries.longs().between(0, MAX_COUNT);
        Arbitrary<Boolean> open = Arbitraries.of(true, false, false, false);
        return Combinators.combine(ofCounts(), widening, widening, open, open).as((narrow, down, up, openLow, openHigh) -> {
            Long low = openLow || narrow.low() == null ? null : narrow.low() - down;
            Long high = openHigh || narrow.high() == null ? null : narrow.high() + up;
            return new Interval[] {new Interval(low, high), narrow};
        });
    }

    private static Arbitrary<Interval> over(Arbitrary<Long> bounds) {
        Arbitrary<Long> lowOrOpen = bounds.injectNull(0.2);
        Arbitrary<Long> highOrOpen = bounds.injectNull(0.2);
        return Combinators.combine(lowOrOpen, highOrOpen).as((a, b) -> {
            if (a != null && b != null && a > b) {
                return new Interval(b, a);
            }
            return new Interval(a, b);
        });
    }
}

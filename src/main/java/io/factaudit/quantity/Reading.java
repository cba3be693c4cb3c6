package io.factaudit.quantity;

import io.factaudit.article.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quantity while it is being read: lexemes first to last, the number, and what is known so far
 * of its hedge and measure.
 *
 * @param low     the lower bound of a range or vague amount (null: open); unused otherwise
 * @param high    the upper bound of a range or vague amount (null: open); unused otherwise
 * @param weak    the measure is only a default ("2023" alone reads as a year) that a range
 *                with a count may overrule
 * @param numeral the numeral read, or null for a range
 */
record Reading(int first, int last, BigDecimal value, BigDecimal low, BigDecimal high, Hedge hedge,
               Measure measure, String unit, boolean weak, Numeral numeral) {

    static Reading of(Numeral n, int first, int last, Measure measure, String unit) {
        if (n.kind() == Numeral.Kind.VAGUE) {
            return new Reading(first, last, n.value(), BigDecimal.valueOf(n.vague().low()),
                    BigDecimal.valueOf(n.vague().high()), Hedge.VAGUE, measure, unit, false, n);
        }
        return new Reading(first, last, n.value(), null, null, Hedge.EXACT, measure, unit, false, n);
    }

    static Reading range(int first, int last, BigDecimal low, BigDecimal high, Measure measure, String unit) {
        return new Reading(first, last, high, low, high, Hedge.RANGE, measure, unit, false, null);
    }

    Reading weakened() {
        return new Reading(first, last, value, low, high, hedge, measure, unit, true, numeral);
    }

    Reading withMeasure(Measure newMeasure, String newUnit) {
        return new Reading(first, last, value, low, high, hedge, newMeasure, newUnit, false, numeral);
    }

    Reading hedged(int newFirst, int newLast, Hedge newHedge, BigDecimal newLow, BigDecimal newHigh) {
        return new Reading(newFirst, newLast, value, newLow, newHigh, newHedge, measure, unit, weak, numeral);
    }

    boolean bounded() {
        return hedge == Hedge.RANGE || hedge == Hedge.VAGUE;
    }

    /** The finished quantity, at absolute offsets. */
    Quantity toQuantity(Lexemes lx, int offset, double aboutTolerance) {
        Span span = new Span(offset + lx.start(first), offset + lx.end(last));
        long rounded = value.setScale(0, RoundingMode.HALF_UP).longValue();
        return new Quantity(span, rounded, interval(aboutTolerance), hedge, measure, unit);
    }

    private Interval interval(double tolerance) {
        if (bounded()) {
            return new Interval(floor(low), ceiling(high));
        }
        if (value.stripTrailingZeros().scale() <= 0) {
            return hedge.apply(value.longValueExact(), tolerance);
        }
        // A fractional figure ("7.8") allows the whole numbers around it.
        double v = value.doubleValue();
        return switch (hedge) {
            case ABOUT -> ordered(Math.floor(v * (1 - tolerance)), Math.ceil(v * (1 + tolerance)));
            case NEARLY -> ordered(Math.floor(v * 0.9), Math.ceil(v));
            case AT_LEAST, MORE_THAN, VAGUE -> new Interval((long) Math.floor(v), null);
            case UP_TO, FEWER_THAN -> new Interval(null, (long) Math.ceil(v));
            case EXACT, RANGE -> ordered(Math.floor(v), Math.ceil(v));
        };
    }

    private static Interval ordered(double a, double b) {
        return new Interval((long) Math.min(a, b), (long) Math.max(a, b));
    }

    private static Long floor(BigDecimal v) {
        return v == null ? null : v.setScale(0, RoundingMode.FLOOR).longValue();
    }

    private static Long ceiling(BigDecimal v) {
        return v == null ? null : v.setScale(0, RoundingMode.CEILING).longValue();
    }
}

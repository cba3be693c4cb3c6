package io.factaudit.quantity;

/**
 * A closed interval of counts; a {@code null} end is open ("more than 11,000" has no high end,
 * "up to 8,000" no low end).
 */
public record Interval(Long low, Long high) {

    public Interval {
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("interval low " + low + " is above high " + high);
        }
    }

    public static Interval exactly(long n) {
        return new Interval(n, n);
    }

    public static Interval atLeast(long n) {
        return new Interval(n, null);
    }

    public static Interval upTo(long n) {
        return new Interval(null, n);
    }

    /** Both intervals share at least one count; open ends reach to infinity. */
    public boolean meets(Interval other) {
        long aLow = low == null ? Long.MIN_VALUE : low;
        long aHigh = high == null ? Long.MAX_VALUE : high;
        long bLow = other.low == null ? Long.MIN_VALUE : other.low;
        long bHigh = other.high == null ? Long.MAX_VALUE : other.high;
        return aLow <= bHigh && bLow <= aHigh;
    }

    /** This interval holds every count of {@code other}. */
    public boolean contains(Interval other) {
        boolean lowOk = low == null || (other.low != null && other.low >= low);
        boolean highOk = high == null || (other.high != null && other.high <= high);
        return lowOk && highOk;
    }

    /** The same interval, every bound multiplied (per-unit counts: "6,000 in each of two units"). */
    public Interval times(long factor) {
        return new Interval(low == null ? null : low * factor, high == null ? null : high * factor);
    }

    /** "3,000", "2,700 to 3,300", "at least 10,000", "up to 8,000". */
    public String describe() {
        if (low != null && low.equals(high)) {
            return String.format("%,d", low);
        }
        if (low == null && high == null) {
            return "any number";
        }
        if (low == null) {
            return String.format("up to %,d", high);
        }
        if (high == null) {
            return String.format("at least %,d", low);
        }
        return String.format("%,d to %,d", low, high);
    }
}

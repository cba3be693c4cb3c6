package io.factaudit.quantity;

/** How a figure is qualified in text or in a sheet cell; each widens the bare number into an interval. */
public enum Hedge {
    EXACT, ABOUT, NEARLY, AT_LEAST, MORE_THAN, UP_TO, FEWER_THAN, RANGE, VAGUE;

    /**
     * The interval of a hedged number.
     *
     * @param tolerance how far "about" reaches, as a fraction (0.10 by default)
     */
    public Interval apply(long n, double tolerance) {
        return switch (this) {
            case EXACT, RANGE -> Interval.exactly(n);
            case ABOUT -> ordered(Math.round(n * (1 - tolerance)), Math.round(n * (1 + tolerance)));
            case NEARLY -> ordered(Math.round(n * 0.9), n);
            case AT_LEAST -> Interval.atLeast(n);
            case MORE_THAN -> Interval.atLeast(n);
            case UP_TO -> Interval.upTo(n);
            case FEWER_THAN -> Interval.upTo(n);
            case VAGUE -> Interval.atLeast(n);
        };
    }

    /** Below zero the widened ends swap: "about -10" is -11 to -9. */
    private static Interval ordered(long a, long b) {
        return new Interval(Math.min(a, b), Math.max(a, b));
    }
}

package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal figure with a scale word is rounded to its last written digit: "4.39 million" stands
 * for any count from 4,385,000 to 4,394,999, so it is the same figure as a sheet's "4,387,000" at
 * that precision. The claim keeps the figure as written; only its judging allows the rounding. A
 * whole number of millions ("4 million") says nothing of its precision and is taken as written.
 */
public final class RoundedFigure {

    private static final Pattern DECIMAL_SCALED = Pattern.compile("(?<![\\d.,])(\\d+)\\.(\\d+)\\s+(\\p{L}+)");

    private RoundedFigure() {
    }

    /** The interval a claim written {@code text} allows once its rounding is read; {@code exact} when it is not rounded. */
    public static Interval judged(Interval exact, String text) {
        if (exact.low() == null || !exact.low().equals(exact.high())) {
            return exact; // a hedge or a range already says how far it reaches
        }
        Matcher m = DECIMAL_SCALED.matcher(text);
        while (m.find()) {
            Long scale = NumberWords.scale(m.group(3).toLowerCase(Locale.ROOT));
            if (scale == null || scale < 1000) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1) + "." + m.group(2)).multiply(BigDecimal.valueOf(scale));
            if (value.compareTo(BigDecimal.valueOf(exact.low())) != 0) {
                continue;
            }
            long half = BigDecimal.valueOf(scale).movePointLeft(m.group(2).length()).divide(BigDecimal.valueOf(2)).longValue();
            return half < 1 ? exact : new Interval(exact.low() - half, exact.low() + half - 1);
        }
        return exact;
    }
}

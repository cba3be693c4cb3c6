package io.factaudit.check;

import io.factaudit.claim.CountClaim;
import io.factaudit.quantity.Interval;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a figure written with a decimal of a scale word covers: "4.39 million" is given to the
 * nearest ten thousand, so it agrees with any count from 4,385,000 up to 4,395,000 ("4.4 million" with
 * 4,350,000 up to 4,450,000). Only the judging widens it; the claim keeps the value as written.
 */
final class RoundedFigure {

    private static final Pattern DECIMAL_OF_SCALE = Pattern.compile("(\\d+)\\.(\\d+)\\s*(million|billion|trillion)\\b",
        Pattern.CASE_INSENSITIVE);

    private RoundedFigure() {
    }

    /** The claim's interval, widened by half a unit of its last written digit when it is a rounded decimal of a scale. */
    static Interval asWritten(CountClaim claim) {
        Interval interval = claim.interval();
        if (interval.low() == null || !interval.low().equals(interval.high()) || claim.text() == null) {
            return interval;
        }
        Matcher m = DECIMAL_OF_SCALE.matcher(claim.text());
        while (m.find()) {
            int decimals = m.group(2).length();
            long scale = switch (m.group(3).toLowerCase(java.util.Locale.ROOT)) {
                case "million" -> 1_000_000L;
                case "billion" -> 1_000_000_000L;
                default -> 1_000_000_000_000L;
            };
            long unit = scale / (long) Math.pow(10, decimals);
            long value = Math.round(Double.parseDouble(m.group(1) + "." + m.group(2)) * scale);
            if (unit >= 2 && value == interval.low()) {
                return new Interval(value - unit / 2, value + unit / 2 - 1);
            }
        }
        return interval;
    }
}

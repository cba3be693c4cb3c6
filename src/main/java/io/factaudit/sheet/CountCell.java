package io.factaudit.sheet;

import io.factaudit.quantity.Hedge;
import io.factaudit.quantity.Interval;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count cell of an estimates table: {@code 3,000}, {@code about 10,000} (also around,
 * approximately, some, roughly), {@code nearly N}, {@code at least N}, {@code more than N},
 * {@code up to N}, {@code N to M}; a number may carry "thousand" or "million" ("1.5 million").
 */
public record CountCell(Hedge hedge, long number, long upper) {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s+(thousand|million|billion))?";
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*(?:to|-|–|—)\\s*" + NUMBER);
    private static final Pattern HEDGED = Pattern.compile(
        "(about|around|approximately|some|roughly|nearly|almost|at least|more than|over|up to|as many as)?\\s*" + NUMBER);

    /** Reads a cell, or says what is wrong with it. */
    public static Optional<CountCell> parse(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            long low = value(range.group(1), range.group(2), range.group(3) != null ? range.group(3) : range.group(6));
            long high = value(range.group(4), range.group(5), range.group(6));
            if (low > high) {
                return Optional.empty();
            }
            return Optional.of(new CountCell(Hedge.RANGE, low, high));
        }
        Matcher hedged = HEDGED.matcher(text);
        if (!hedged.matches()) {
            return Optional.empty();
        }
        long n = value(hedged.group(2), hedged.group(3), hedged.group(4));
        String word = hedged.group(1) == null ? "" : hedged.group(1);
        Hedge hedge = switch (word) {
            case "about", "around", "approximately", "some", "roughly" -> Hedge.ABOUT;
            case "nearly", "almost" -> Hedge.NEARLY;
            case "at least" -> Hedge.AT_LEAST;
            case "more than", "over" -> Hedge.MORE_THAN;
            case "up to", "as many as" -> Hedge.UP_TO;
            default -> Hedge.EXACT;
        };
        return Optional.of(new CountCell(hedge, n, n));
    }

    /** The cell's interval under a scenario's tolerance for "about". */
    public Interval interval(double tolerance) {
        if (hedge == Hedge.RANGE) {
            return new Interval(number, upper);
        }
        if (hedge == Hedge.MORE_THAN) {
            return Interval.atLeast(number);  // "more than" is open above, as the sheet language says
        }
        return hedge.apply(number, tolerance);
    }

    private static long value(String digits, String decimals, String scale) {
        double n = Double.parseDouble(digits.replace(",", "") + (decimals == null ? "" : "." + decimals));
        long factor = scale == null ? 1 : switch (scale) {
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return Math.round(n * factor);
    }
}

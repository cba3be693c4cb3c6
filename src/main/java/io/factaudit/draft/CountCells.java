package io.factaudit.draft;

import io.factaudit.quantity.Interval;

/**
 * A count cell of the sheet language for the interval an article's figure was read as, its hedge
 * kept: "3,000", "about 10,000", "nearly 140", "at least 10,000", "up to 8,000", "11,000 to 12,000".
 * Parsed again by the sheet under the same tolerance, the cell gives back the interval.
 */
final class CountCells {

    private CountCells() {
    }

    static String of(Interval interval, double tolerance) {
        Long low = interval.low();
        Long high = interval.high();
        if (low == null && high == null) {
            return null;
        }
        if (high == null) {
            return "at least " + number(low);
        }
        if (low == null) {
            return "up to " + number(high);
        }
        if (low.equals(high)) {
            return number(low);
        }
        long middle = Math.round((low + high) / 2.0);
        if (Math.round(middle * (1 - tolerance)) == low && Math.round(middle * (1 + tolerance)) == high) {
            return "about " + number(middle);
        }
        if (Math.round(high * 0.9) == low) {
            return "nearly " + number(high);
        }
        return number(low) + " to " + number(high);
    }

    /** "more than", "over", "above" before a figure: the articles' own words for a figure with no upper end. */
    private static final java.util.regex.Pattern MORE_THAN =
        java.util.regex.Pattern.compile("(?i)\\b(?:more than|over|above|in excess of)\\s+\\S*\\d");

    /**
     * The cell as the article words the figure: "more than 11,000" where it says so (or "over
     * 11,000"), both read as at least 11,000, so an editor sees the hedge the articles give.
     */
    static String of(Interval interval, double tolerance, String words) {
        String cell = of(interval, tolerance);
        if (cell != null && cell.startsWith("at least ") && words != null && MORE_THAN.matcher(words).find()) {
            return "more than " + cell.substring("at least ".length());
        }
        return cell;
    }

    /** The number a figure is stated with, its hedge left aside: "about 1,500" and "1,500" are both "1,500". */
    static String number(Interval interval) {
        String cell = of(interval, 0.10);
        if (cell == null) {
            return "";
        }
        for (String hedge : new String[] {"about ", "nearly ", "at least ", "more than ", "up to "}) {
            if (cell.startsWith(hedge)) {
                return cell.substring(hedge.length());
            }
        }
        return cell;
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}

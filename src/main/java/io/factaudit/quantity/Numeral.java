package io.factaudit.quantity;

import java.math.BigDecimal;

/**
 * A number as written, before its context is read: lexemes first to last (both included) and
 * the value they spell.
 *
 * @param plain  a single run of digits with no separator, decimal or scale ("1953", "8"): the
 *               form of years, days and clock hours
 * @param groups the thousands groups after the first ("12,000" has 1, "1 234 567" has 2)
 * @param scale  the scale word or abbreviation that multiplied it ("1.5 million": 1,000,000), or 1
 * @param vague  the counts a vague amount allows ("thousands"), or null
 */
record Numeral(int first, int last, BigDecimal value, Kind kind, boolean spelled, boolean plain,
               int groups, long scale, Interval vague) {

    enum Kind {
        /** "3,000", "two and a half million". */
        CARDINAL,
        /** "11th", "first", "twenty-first". */
        ORDINAL,
        /**
         * Read so that its words are not taken for counts, then dropped: fractions ("two thirds",
         * "one half") and numbers beyond a long.
         */
        IGNORED,
        /** "4:17", "09:05". */
        CLOCK,
        /** A part of a numeric date: "2024-11-08", "5/17/2018". */
        DATE_PART,
        /** A part of a code: "192.168.1.2", "24/7", "+1-222-2222-2222". */
        CODE_PART,
        /** "dozens", "thousands", "tens of thousands", "several hundred". */
        VAGUE
    }

    /** Above this a figure no longer fits the long that a quantity's value and interval hold. */
    static final BigDecimal LARGEST = new BigDecimal("9000000000000000000");

    /** A figure too large for a quantity: read so that its words are taken, then dropped. */
    static boolean beyondLong(BigDecimal value) {
        return value.abs().compareTo(LARGEST) > 0;
    }

    boolean integral() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** The number of digits of a plain numeral as written ("1953": 4, "05": 2), or 0. */
    int plainDigits(Lexemes lx) {
        return plain ? lx.text(first).length() : 0;
    }
}

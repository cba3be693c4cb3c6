package io.factaudit.quantity;

import java.math.BigDecimal;

/**
 * A decimal figure with a scale word is rounded to its last written digit: "2.67 million" stands
 * for any count from 2,665,000 to 2,674,999, so it is the same figure as a sheet's "2,668,000" at
 * that precision. The claim keeps the figure as written; only its judging allows the rounding. A
 * whole number of millions ("4 million") says nothing of its precision and is taken as written.
 */
public final class RoundedFigure {

    private RoundedFigure() {
    }

    /** The interval a claim written {@code text} allows once its rounding is read; {@code exact} when it is not rounded. */
    public static Interval judged(Interval exact, String text) {
        if (text == null || exact.low() == null || !exact.low().equals(exact.high())) {
            return exact; // a hedge or a range already says how far it reaches
        }
        Lexemes lx = Lexer.lex(text);
        for (int i = 0; i + 3 < lx.size(); i++) {
            // digits, a point, digits glued to it, then a scale word: "2.67 million"
            if (!lx.isDigits(i) || !lx.isSymbol(i + 1, '.') || !lx.glued(i + 1) || !lx.isDigits(i + 2) || !lx.glued(i + 2)
                || i > 0 && lx.glued(i) && !lx.isWord(i - 1) || !lx.isWord(i + 3)) {
                continue;
            }
            Long scale = NumberWords.scale(lx.lower(i + 3));
            if (scale == null || scale < 1000) {
                continue;
            }
            String decimals = lx.text(i + 2);
            BigDecimal value = new BigDecimal(lx.text(i) + "." + decimals).multiply(BigDecimal.valueOf(scale));
            if (value.compareTo(BigDecimal.valueOf(exact.low())) != 0) {
                continue;
            }
            long half = BigDecimal.valueOf(scale).movePointLeft(decimals.length()).divide(BigDecimal.valueOf(2)).longValue();
            return half < 1 ? exact : new Interval(exact.low() - half, exact.low() + half - 1);
        }
        return exact;
    }
}

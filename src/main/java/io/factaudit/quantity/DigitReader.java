package io.factaudit.quantity;

import java.math.BigDecimal;

/**
 * Reads digits with their thousands separators (commas, spaces, no-break spaces) and decimals:
 * "12,000", "12 000", "1,674.5".
 */
final class DigitReader {

    private final Lexemes lx;

    DigitReader(Lexemes lx) {
        this.lx = lx;
    }

    /** The digits read: lexemes up to last, and the thousands groups after the first. */
    record Run(BigDecimal value, int last, int groups) {
        boolean integral() {
            return value.stripTrailingZeros().scale() <= 0;
        }
    }

    /**
     * The number whose first digits are at lexeme j. Commas group only when glued and followed by
     * three digits; a single space groups only after one to three digits that no month precedes
     * ("on May 6 200 people" is two numbers).
     */
    Run read(int j) {
        StringBuilder digits = new StringBuilder(lx.text(j));
        int k = j;
        int groups = 0;
        if (digits.length() <= 3) {
            while (lx.isSymbol(k + 1, ',') && lx.glued(k + 1) && lx.isDigits(k + 2) && lx.glued(k + 2)
                    && lx.text(k + 2).length() == 3) {
                digits.append(lx.text(k + 2));
                k += 2;
                groups++;
            }
            if (groups == 0 && !Months.endsAt(lx, j - 1)) {
                while (lx.isDigits(k + 1) && lx.text(k + 1).length() == 3 && isGroupSpace(lx.gapBefore(k + 1))
                        && !(lx.isSymbol(k + 2, ',') && lx.isDigits(k + 3) && lx.glued(k + 2))) {
                    digits.append(lx.text(k + 1));
                    k += 1;
                    groups++;
                }
            }
        }
        if (lx.isSymbol(k + 1, '.') && lx.glued(k + 1) && lx.isDigits(k + 2) && lx.glued(k + 2)) {
            digits.append('.').append(lx.text(k + 2));
            k += 2;
        }
        return new Run(new BigDecimal(digits.toString()), k, groups);
    }

    /** One space, no-break space, narrow no-break space or thin space: "12 000", "40\u202f000". */
    private static boolean isGroupSpace(String gap) {
        if (gap.length() != 1) {
            return false;
        }
        char c = gap.charAt(0);
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }
}

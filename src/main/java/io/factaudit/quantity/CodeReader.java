package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads digits joined into something other than a number: clock times ("4:17", "09:05"),
 * numeric dates ("2024-11-08", "5/17/2018", "06.02.2023") and codes ("192.168.1.2", "24/7",
 * "+1-222-2222-2222"). Each part of a date or code is a numeral of its own, so that none of
 * them is read as a count.
 */
final class CodeReader {

    private final Lexemes lx;

    CodeReader(Lexemes lx) {
        this.lx = lx;
    }

    /** The numerals of a clock time, date or code starting at lexeme i, or an empty list. */
    List<Numeral> readAt(int i) {
        if (!lx.isDigits(i)) {
            return List.of();
        }
        Numeral clock = clock(i);
        if (clock != null) {
            return List.of(clock);
        }
        return chain(i);
    }

    private Numeral clock(int i) {
        if (lx.text(i).length() > 2 || !lx.isSymbol(i + 1, ':') || !lx.glued(i + 1) || !lx.isDigits(i + 2)
                || !lx.glued(i + 2) || lx.text(i + 2).length() != 2) {
            return null;
        }
        int hours = Integer.parseInt(lx.text(i));
        int minutes = Integer.parseInt(lx.text(i + 2));
        if (hours > 24 || minutes > 59) {
            return null;
        }
        int last = i + 2;
        if (lx.isSymbol(last + 1, ':') && lx.glued(last + 1) && lx.isDigits(last + 2) && lx.glued(last + 2)
                && lx.text(last + 2).length() == 2) {
            last += 2; // seconds
        }
        return new Numeral(i, last, BigDecimal.valueOf(hours * 100L + minutes), Numeral.Kind.CLOCK,
                false, false, 0, 1, null);
    }

    private List<Numeral> chain(int i) {
        if (!lx.has(i + 1) || lx.get(i + 1).kind() != Lexeme.Kind.SYMBOL || !lx.glued(i + 1)) {
            return List.of();
        }
        String separator = lx.text(i + 1);
        if (!(separator.equals(".") || separator.equals("/") || lx.isDash(i + 1))) {
            return List.of();
        }
        List<Integer> parts = new ArrayList<>();
        parts.add(i);
        int k = i;
        while (lx.has(k + 1) && lx.text(k + 1).equals(separator) && lx.glued(k + 1) && lx.isDigits(k + 2)
                && lx.glued(k + 2)) {
            k += 2;
            parts.add(k);
        }
        int needed = separator.equals("/") ? 2 : 3;
        if (parts.size() < needed) {
            return List.of();
        }
        Numeral.Kind kind = looksLikeDate(parts) ? Numeral.Kind.DATE_PART : Numeral.Kind.CODE_PART;
        List<Numeral> out = new ArrayList<>(parts.size());
        for (int p : parts) {
            BigDecimal value = new BigDecimal(lx.text(p));
            out.add(new Numeral(p, p, value, Numeral.beyondLong(value) ? Numeral.Kind.IGNORED : kind, false, false, 0, 1,
                null));
        }
        return out;
    }

    /** Year-month-day, or day and month (either order) then a year of two or four digits. */
    private boolean looksLikeDate(List<Integer> parts) {
        if (parts.size() != 3) {
            return false;
        }
        String a = lx.text(parts.get(0));
        String b = lx.text(parts.get(1));
        String c = lx.text(parts.get(2));
        if (a.length() > 4 || b.length() > 2 || c.length() > 4) {
            return false;
        }
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        int z = Integer.parseInt(c);
        if (a.length() == 4) {
            return between(y, 1, 12) && between(z, 1, 31);
        }
        return (c.length() == 2 || c.length() == 4) && between(x, 1, 31) && between(y, 1, 31) && (x <= 12 || y <= 12);
    }

    private static boolean between(int v, int low, int high) {
        return v >= low && v <= high;
    }
}

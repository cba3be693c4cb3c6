package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the vague amounts of news writing as the counts an editor would accept for them:
 *
 * <table>
 * <caption>Vague amounts</caption>
 * <tr><th>text</th><th>counts</th><th>why</th></tr>
 * <tr><td>dozens (of)</td><td>24 to 199</td><td>two dozen at least; above about 200 writers say "hundreds"</td></tr>
 * <tr><td>scores of</td><td>40 to 199</td><td>two score at least; "scores" needs "of" (else it is a game's)</td></tr>
 * <tr><td>hundreds</td><td>100 to 999</td><td>the order of magnitude: "thousands" takes over at 1,000</td></tr>
 * <tr><td>thousands</td><td>1,000 to 9,999</td><td>above that writers say "tens of thousands"</td></tr>
 * <tr><td>tens of thousands</td><td>10,000 to 99,999</td><td></td></tr>
 * <tr><td>hundreds of thousands</td><td>100,000 to 999,999</td><td></td></tr>
 * <tr><td>millions, tens/hundreds of millions, billions</td><td>likewise, one order of magnitude each</td><td></td></tr>
 * <tr><td>several / a few / a couple of hundred (thousand, dozen...)</td><td>2 to 10 times the scale, less one</td><td>"several hundred": 200 to 999</td></tr>
 * </table>
 *
 * <p>"thousands of" is never read as 1,000; "a thousand" and "thousand" with a number before are
 * exact and read by {@link CardinalReader}.
 */
final class VagueReader {

    private static final long DOZENS_LOW = 24;
    private static final long DOZENS_HIGH = 199;
    private static final long SCORES_LOW = 40;
    private static final Map<String, Long> PLURALS = Map.of(
            "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L,
            "trillions", 1_000_000_000_000L);

    private final Lexemes lx;

    VagueReader(Lexemes lx) {
        this.lx = lx;
    }

    /** The vague amount starting at lexeme i, or null. */
    Numeral readAt(int i) {
        int j = quantifierEnd(i);
        if (j > i) {
            return several(i, j);
        }
        if (lx.is(i, "dozens")) {
            return vague(i, i, DOZENS_LOW, DOZENS_HIGH);
        }
        if (lx.is(i, "scores") && lx.is(i + 1, "of")) {
            return vague(i, i, SCORES_LOW, DOZENS_HIGH);
        }
        Long multiplier = lx.is(i, "tens") ? Long.valueOf(10) : PLURALS.get(lx.lower(i));
        if (multiplier == null) {
            return null;
        }
        if (multiplier <= 100 && lx.is(i + 1, "of")) {
            Long scale = PLURALS.get(lx.lower(i + 2));
            if (scale != null && scale >= 1000) { // "tens of thousands", "hundreds of millions"
                long low = multiplier * scale;
                return vague(i, i + 2, low, low * 10 - 1);
            }
        }
        if (lx.is(i, "tens")) {
            return null;
        }
        return vague(i, i, multiplier, multiplier * 10 - 1);
    }

    /** "several", "a few", "a couple of": the index after them, or i. */
    private int quantifierEnd(int i) {
        if (lx.is(i, "several")) {
            return i + 1;
        }
        if (lx.is(i, "a") && lx.is(i + 1, "few")) {
            return i + 2;
        }
        if (lx.is(i, "a") && lx.is(i + 1, "couple")) {
            return lx.is(i + 2, "of") ? i + 3 : i + 2;
        }
        return i;
    }

    /** "several hundred", "a few thousand", "several hundred thousand", "a few dozen". */
    private Numeral several(int i, int j) {
        if (lx.is(j, "dozen")) {
            return vague(i, j, DOZENS_LOW, DOZENS_HIGH);
        }
        Long scale = NumberWords.scale(lx.lower(j));
        if (scale == null) {
            return null;
        }
        int last = j;
        Long second = NumberWords.scale(lx.lower(j + 1));
        if (second != null && second > scale) {
            scale *= second;
            last = j + 1;
        }
        return vague(i, last, 2 * scale, 10 * scale - 1);
    }

    private static Numeral vague(int first, int last, long low, long high) {
        return new Numeral(first, last, BigDecimal.valueOf(low), Numeral.Kind.VAGUE, true, false, 0, 1,
                new Interval(low, high));
    }
}

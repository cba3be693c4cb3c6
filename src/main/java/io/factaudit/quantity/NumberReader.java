package io.factaudit.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every numeric expression in a piece of text and reads it as news writing means it: the
 * number ("12,000", "1.5 million", "two and a half million", "a dozen"), its hedge ("about",
 * "more than", "up to", "between 20 and 30", "thousands"), and what it measures, so that money,
 * years, distances and the like are never taken for counts.
 *
 * <p>Stateless and thread-safe. A sentence with no digit and no number word costs one scan of
 * its characters.
 */
public final class NumberReader {

    /** A cheap test before any reading: does the text hold a digit or a number word (ICU's spell-out words) at all? */
    public static boolean mayHoldNumber(String text) {
        return NumberWords.mayHoldNumber(text);
    }

    /**
     * Reads the quantities of a text, in order.
     *
     * @param text           the text, typically one sentence
     * @param offset         where the text starts in the article; spans are absolute
     * @param aboutTolerance how far "about" reaches, as a fraction (0.10: "about 3,000" is 2,700 to 3,300)
     */
    public List<Quantity> read(String text, int offset, double aboutTolerance) {
        if (aboutTolerance < 0 || aboutTolerance >= 1) {
            throw new IllegalArgumentException("the tolerance of \"about\" must be in [0, 1), not " + aboutTolerance);
        }
        if (text.isEmpty() || !NumberWords.mayHoldNumber(text)) {
            return List.of();
        }
        Lexemes lx = Lexer.lex(text);
        MeasureReader measures = new MeasureReader(lx);
        List<Reading> readings = new ArrayList<>();
        int covered = -1;
        for (Numeral n : NumeralScanner.scan(lx)) {
            if (n.kind() == Numeral.Kind.IGNORED || n.first() <= covered) {
                continue; // a fraction, or a word that the unit of the previous number took ("one second")
            }
            Reading r = measures.read(n);
            readings.add(r);
            covered = r.last();
        }
        RangeReader ranges = new RangeReader(lx);
        HedgeReader hedges = new HedgeReader(lx, aboutTolerance);
        List<Reading> hedged = new ArrayList<>();
        for (Reading r : ranges.join(readings)) {
            hedged.add(hedges.apply(r));
        }
        List<Quantity> out = new ArrayList<>();
        for (Reading r : ranges.joinBounds(hedged)) {
            out.add(r.toQuantity(lx, offset, aboutTolerance));
        }
        return List.copyOf(out);
    }
}

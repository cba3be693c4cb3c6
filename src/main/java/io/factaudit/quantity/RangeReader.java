package io.factaudit.quantity;

import io.factaudit.lexicon.QuantityVerbs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins two readings into one range: "between 20 and 30", "from 200 to 300", "20 to 30",
 * "20-30", "20–30", "two or three", "$1.7 billion and $5.5 billion" after "between"; and two
 * bounds into one ("more than 10 and less than 40").
 *
 * <p>A bare first number takes the scale of the second: "20 to 30 million" is 20 to 30 million;
 * "11 to 12,000" is 11,000 to 12,000 when the first number times the second's thousands groups
 * is at most the second and at least a tenth of it (so "5 to 12,000" reads 5,000 to 12,000, but
 * "900 to 1,000" stays 900 to 1,000).
 *
 * <p>Not ranges: "rose from 41,156 to 42,310" (a change: two figures), "3-1" (a score: the first
 * is larger, or a result word is near), "1950-53" (a span of years, read as such), "1995-01"
 * (a year and month), and two figures in different units.
 */
final class RangeReader {

    /** Words of change no sense of a figure's change holds: particles and verbs of any change ("went up from"). */
    private static final Set<String> CHANGE_WORDS = Set.of("up", "down", "went", "changed", "moved", "revised");
    private static final Set<String> RESULT_WORDS = Set.of(
            "win", "won", "wins", "victory", "defeat", "defeated", "beat", "beats", "lost", "loss", "lose",
            "draw", "drew", "score", "scored", "lead", "led", "leads", "trail", "trailed", "vote", "voted");
    private static final Set<String> TO_WORDS = Set.of("to", "through", "thru");
    private static final Set<Measure> RANGED = Set.of(
            Measure.COUNT, Measure.MONEY, Measure.PERCENT, Measure.DISTANCE, Measure.TEMPERATURE, Measure.YEAR,
            Measure.DATE, Measure.DURATION, Measure.AGE, Measure.DECIMAL, Measure.OTHER_UNIT);

    private final Lexemes lx;

    RangeReader(Lexemes lx) {
        this.lx = lx;
    }

    /** The readings with every range of two neighbours joined. */
    List<Reading> join(List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading a = readings.get(i);
            if (i + 1 < readings.size()) {
                List<Reading> joined = join(a, readings.get(i + 1));
                if (joined != null) {
                    out.addAll(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The hedged readings with a lower and an upper bound joined: "more than 10 and less than 40". */
    List<Reading> joinBounds(List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading a = readings.get(i);
            if (i + 1 < readings.size()) {
                Reading joined = bounds(a, readings.get(i + 1));
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private Reading bounds(Reading a, Reading b) {
        if (a.measure() != b.measure() || !boundConnector(a.last() + 1, b.first() - 1)) {
            return null;
        }
        Reading lower = isLower(a.hedge()) && isUpper(b.hedge()) ? a : isLower(b.hedge()) && isUpper(a.hedge()) ? b : null;
        if (lower == null) {
            return null;
        }
        Reading upper = lower == a ? b : a;
        if (lower.value().compareTo(upper.value()) >= 0) {
            return null; // "more than 40 and less than 10": two bounds, not a range
        }
        return Reading.range(a.first(), b.last(), lower.value(), upper.value(), a.measure(), a.unit());
    }

    private boolean boundConnector(int from, int to) {
        int n = to - from + 1;
        if (n == 1) {
            return lx.is(from, "and") || lx.is(from, "but") || lx.isSymbol(from, ',');
        }
        return n == 2 && lx.isSymbol(from, ',') && (lx.is(to, "and") || lx.is(to, "but"));
    }

    private static boolean isLower(Hedge h) {
        return h == Hedge.AT_LEAST || h == Hedge.MORE_THAN;
    }

    private static boolean isUpper(Hedge h) {
        return h == Hedge.UP_TO || h == Hedge.FEWER_THAN;
    }

    /** The readings a and b make (one range, a year span, a score), or null when they stay apart. */
    private List<Reading> join(Reading a, Reading b) {
        if (a.hedge() != Hedge.EXACT || b.hedge() != Hedge.EXACT || a.numeral() == null || b.numeral() == null
                || b.first() - a.last() != 2) {
            return null;
        }
        int c = a.last() + 1;
        if (lx.isDash(c)) {
            return dashed(a, b);
        }
        int start = a.first();
        if (lx.isAny(c, TO_WORDS)) {
            if (lx.is(a.first() - 1, "from")) {
                if (changeBefore(a.first() - 2)) {
                    return null;
                }
                start = a.first() - 1;
            }
        } else if (lx.is(c, "and") && lx.is(a.first() - 1, "between")) {
            start = a.first() - 1;
        } else if (!lx.is(c, "or")) {
            return null;
        }
        Reading range = range(start, a, b);
        return range == null ? null : List.of(range);
    }

    private List<Reading> dashed(Reading a, Reading b) {
        Numeral x = a.numeral();
        Numeral y = b.numeral();
        if (x.plainDigits(lx) == 4 && y.plainDigits(lx) == 2 && lx.glued(a.last() + 1) && lx.glued(b.first())) {
            long first = x.value().longValue();
            long second = first / 100 * 100 + y.value().longValue();
            if (second > first) { // "1950-53", "2022-23"
                return List.of(Reading.range(a.first(), b.last(), x.value(), BigDecimal.valueOf(second),
                        Measure.YEAR, ""));
            }
            if (y.value().longValue() >= 1 && y.value().longValue() <= 12) { // "1995-01"
                return List.of(Reading.of(x, a.first(), b.last(), Measure.DATE, ""));
            }
            return null;
        }
        boolean score = x.value().compareTo(y.value()) >= 0 || lx.isAny(a.first() - 1, RESULT_WORDS)
                || lx.isAny(a.first() - 2, RESULT_WORDS) || lx.isAny(b.last() + 1, RESULT_WORDS);
        if (score && x.integral() && y.integral() && !x.spelled() && !y.spelled()
                && a.measure() == Measure.COUNT && b.measure() == Measure.COUNT) {
            return List.of(a.withMeasure(Measure.DECIMAL, "score"), b.withMeasure(Measure.DECIMAL, "score"));
        }
        Reading range = range(a.first(), a, b);
        return range == null ? null : List.of(range);
    }

    private Reading range(int start, Reading a, Reading b) {
        Measure measure;
        String unit;
        if (a.measure() == b.measure() && (a.unit().isEmpty() || b.unit().isEmpty()
                || a.unit().equalsIgnoreCase(b.unit()))) {
            measure = a.measure();
            unit = b.unit().isEmpty() ? a.unit() : b.unit();
        } else if (b.weak() && !a.weak()) { // "between 1,500 and 2000": not a year after all
            measure = a.measure();
            unit = a.unit();
        } else if (a.measure() == Measure.COUNT || a.weak()) { // "20 to 30 percent", "6-8 February"
            measure = b.measure();
            unit = b.unit();
        } else if (b.measure() == Measure.COUNT) { // "$20 to 30"
            if (b.value().compareTo(a.value().multiply(BigDecimal.TEN)) > 0 || changeBefore(start - 1)) {
                return null; // "up 12 percent to 3,400 kettles": a change by a measure to a level, no range of measures
            }
            measure = a.measure();
            unit = a.unit();
        } else {
            return null;
        }
        if (!RANGED.contains(measure)) {
            return null;
        }
        BigDecimal low = scaledLike(a.numeral(), b.numeral());
        BigDecimal high = b.value();
        if (low.compareTo(high) >= 0) {
            return null;
        }
        return Reading.range(start, b.last(), low, high, measure, unit);
    }

    /** The first number of a range, taking the scale of the second when it has none of its own. */
    private static BigDecimal scaledLike(Numeral x, Numeral y) {
        BigDecimal v = x.value();
        if (x.scale() != 1 || x.groups() > 0 || v.signum() <= 0) {
            return v;
        }
        if (y.scale() > 1) {
            BigDecimal scaled = v.multiply(BigDecimal.valueOf(y.scale()));
            return scaled.compareTo(y.value()) <= 0 ? scaled : v;
        }
        if (y.groups() > 0 && x.integral() && v.compareTo(BigDecimal.valueOf(1000)) < 0) {
            BigDecimal scaled = v.multiply(BigDecimal.valueOf(1000).pow(y.groups()));
            boolean sameOrder = scaled.multiply(BigDecimal.TEN).compareTo(y.value()) >= 0;
            return scaled.compareTo(y.value()) <= 0 && sameOrder ? scaled : v;
        }
        return v;
    }

    /** Whether lexeme {@code i} tells a change ("rose", "up", "went"): a number after it is a level, not a range's end. */
    private boolean changeBefore(int i) {
        return i >= 0 && (lx.isAny(i, CHANGE_WORDS) || QuantityVerbs.changes(lx.lower(i)));
    }
}

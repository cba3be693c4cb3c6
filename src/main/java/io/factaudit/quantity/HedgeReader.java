package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the words that qualify a number, before it ("about", "more than", "up to", "passes")
 * or after it ("or more", "-plus", "or so", "or fewer"), and widens the reading accordingly.
 * The longest phrase wins ("no more than" over "more than"); a word after the number overrules an
 * "about" before it ("about five hundred or more" is at least 500). Words after a number that go
 * on into another comparison belong to what follows ("5000 or less than 6000", "less than 10 and
 * more than 40").
 *
 * <p>Years, dates, times, ordinals and labels take no hedge: "by 2030", "after 183 hours" and
 * "up to 2023" say when, not how many. Only "about" carries over to a range ("about 20 to 30").
 */
final class HedgeReader {

    private static final PhraseTable<Hedge> BEFORE = new PhraseTable<>(before());
    private static final PhraseTable<Hedge> AFTER = new PhraseTable<>(after());

    /** "took over 3 villages": "over" after these verbs is a particle, not a hedge. */
    private static final Set<String> VERBS_WITH_OVER = Set.of(
            "take", "takes", "took", "taken", "taking", "hand", "hands", "handed", "handing", "turn", "turns",
            "turned", "turning", "win", "wins", "won", "winning", "get", "gets", "got");
    /** "the past 24 hours": "past" after a determiner is an adjective, not a hedge. */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your");
    private static final Set<Measure> UNHEDGED = Set.of(
            Measure.YEAR, Measure.DATE, Measure.TIME, Measure.ORDINAL, Measure.LABEL);

    private final Lexemes lx;
    private final double tolerance;

    HedgeReader(Lexemes lx, double tolerance) {
        this.lx = lx;
        this.tolerance = tolerance;
    }

    private static Map<String, Hedge> before() {
        Map<String, Hedge> m = new HashMap<>();
        put(m, Hedge.ABOUT, "about", "around", "approximately", "approx", "approx.", "roughly", "some",
                "an estimated", "estimated", "close to", "more or less", "on the order of", "in the order of",
                "in the region of", "circa", "something like", "somewhere around", "near");
        put(m, Hedge.NEARLY, "nearly", "almost", "just under", "just below", "just short of", "just shy of",
                "not quite", "a little under", "slightly less than", "slightly fewer than", "just less than",
                "just fewer than");
        put(m, Hedge.AT_LEAST, "at least", "no fewer than", "no less than", "not less than", "not fewer than",
                "a minimum of", "upwards of", "upward of", "greater than or equal to", "more than or equal to",
                "greater or equal than", "greater or equal to", "bigger or equal than", "higher or equal than",
                "larger or equal than", "larger than or equal to", "bigger than or equal to",
                "higher than or equal to", "equal to or more than", "equal to or greater than",
                "equal to or higher than", "equal to or larger than", "equal to or bigger than",
                "at least or equal to");
        put(m, Hedge.MORE_THAN, "more than", "over", "above", "in excess of", "greater than", "larger than",
                "higher than", "bigger than", "well over", "just over", "well above", "just above",
                "slightly more than", "a little over", "a little more than", "far more than", "exceeding",
                "exceeds", "exceeded", "exceed", "surpass", "surpassed", "surpasses", "surpassing", "passes",
                "passed", "passing", "past", "topped", "tops", "topping", "crossed", "north of");
        put(m, Hedge.UP_TO, "up to", "as many as", "as much as", "no more than", "not more than", "at most",
                "at the most", "a maximum of", "less than or equal to", "fewer than or equal to",
                "smaller than or equal to", "lower than or equal to", "less or equal than", "less or equal to",
                "smaller or equal than", "smaller or equal to", "lower or equal than", "fewer or equal than",
                "equal to or less than", "equal to or fewer than", "equal to or lower than",
                "equal to or smaller than", "not exceeding", "no greater than", "no higher than");
        put(m, Hedge.FEWER_THAN, "fewer than", "less than", "under", "below", "smaller than", "lower than",
                "well under", "well below", "far fewer than", "far less than");
        put(m, Hedge.EXACT, "exactly", "precisely", "equal to", "equals", "equals to", "equaling",
                "equaling to", "equalling", "equalling to");
        return m;
    }

    /** After the number; {@link Hedge#EXACT} stands for "or equal (to)", which only closes an open bound. */
    private static Map<String, Hedge> after() {
        Map<String, Hedge> m = new HashMap<>();
        put(m, Hedge.AT_LEAST, "or more", "and more", "or greater", "or higher", "or above", "or over",
                "and above", "and over", "and up", "and upwards", "or greater than", "or more than",
                "or higher than", "or larger than", "and counting", "- plus", "plus", "odd", "- odd", "+");
        put(m, Hedge.ABOUT, "or so", "or thereabouts", "- ish", "give or take");
        put(m, Hedge.UP_TO, "or less", "or fewer", "or lower", "or below", "or under", "and under",
                "and below", "or less than", "or fewer than", "or lower than", "or smaller", "or smaller than",
                "at most", "at the most");
        put(m, Hedge.EXACT, "or equal", "or equal to", "or equal than");
        return m;
    }

    private static void put(Map<String, Hedge> m, Hedge hedge, String... phrases) {
        for (String p : phrases) {
            m.put(p, hedge);
        }
    }

    /** The hedge of a phrase ending at lexeme i, or null: used to tell "about 2000" (a count) from "2000". */
    static Hedge prefixEndingAt(Lexemes lx, int i) {
        PhraseTable.Match<Hedge> m = BEFORE.endingAt(lx, i);
        return m == null ? null : m.meaning();
    }

    Reading apply(Reading r) {
        if (UNHEDGED.contains(r.measure())) {
            return r;
        }
        PhraseTable.Match<Hedge> before = prefix(r.first() - 1);
        PhraseTable.Match<Hedge> after = suffix(r.last() + 1);
        if (r.hedge() == Hedge.RANGE) {
            if (before == null || before.meaning() != Hedge.ABOUT) {
                return r;
            }
            return r.hedged(before.first(), r.last(), Hedge.RANGE, widen(r.low(), -1), widen(r.high(), +1));
        }
        Hedge hedge = combine(before == null ? null : before.meaning(), after == null ? null : after.meaning());
        if (hedge == null) {
            return r;
        }
        int first = before != null ? before.first() : r.first();
        int last = after != null ? after.last() : r.last();
        if (r.hedge() == Hedge.VAGUE) {
            return vague(r, first, last, hedge);
        }
        return r.hedged(first, last, hedge, null, null);
    }

    /** The number moved by the tolerance, up (+1) or down (-1), on either side of zero. */
    private BigDecimal widen(BigDecimal v, int direction) {
        BigDecimal by = v.abs().multiply(BigDecimal.valueOf(tolerance));
        return direction > 0 ? v.add(by) : v.subtract(by);
    }

    /** "more than a dozen" aside, a vague amount keeps its bounds unless a hedge opens one end. */
    private static Reading vague(Reading r, int first, int last, Hedge hedge) {
        return switch (hedge) {
            case AT_LEAST, MORE_THAN -> r.hedged(first, last, Hedge.VAGUE, r.low(), null);
            case UP_TO, FEWER_THAN -> r.hedged(first, last, Hedge.VAGUE, null, r.high());
            default -> r.hedged(first, last, Hedge.VAGUE, r.low(), r.high());
        };
    }

    private static Hedge combine(Hedge before, Hedge after) {
        if (after == null) {
            return before;
        }
        if (after == Hedge.EXACT) { // "or equal to" closes the bound "more than" opened
            if (before == Hedge.MORE_THAN) {
                return Hedge.AT_LEAST;
            }
            return before == Hedge.FEWER_THAN ? Hedge.UP_TO : before;
        }
        return after;
    }

    private PhraseTable.Match<Hedge> prefix(int i) {
        PhraseTable.Match<Hedge> m = BEFORE.endingAt(lx, i);
        if (m == null) {
            return null;
        }
        String word = lx.lower(m.first());
        if (m.first() == m.last() && (word.equals("over") && lx.isAny(m.first() - 1, VERBS_WITH_OVER)
                || word.equals("past") && lx.isAny(m.first() - 1, DETERMINERS))) {
            return null;
        }
        return m;
    }

    private PhraseTable.Match<Hedge> suffix(int i) {
        PhraseTable.Match<Hedge> m = AFTER.startingAt(lx, i);
        if (m == null || numberAt(m.last() + 1) || lx.is(m.last() + 1, "than")) {
            return null; // "5000 or less than 6000", "less than 10 and more than 40": the words go with what follows
        }
        if (lx.isHyphen(m.first()) && !(lx.glued(m.first()) && lx.glued(m.first() + 1))) {
            return null; // "-plus", "-odd" are glued to the number
        }
        return m;
    }

    private boolean numberAt(int i) {
        if (!lx.has(i)) {
            return false;
        }
        String w = lx.lower(i);
        return lx.isDigits(i) || NumberWords.isNumberWord(w)
                || w.equals("a") && NumberWords.scale(lx.lower(i + 1)) != null
                || Units.currencyBefore(lx, i + 1) == i;
    }
}

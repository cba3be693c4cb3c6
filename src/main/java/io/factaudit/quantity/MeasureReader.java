package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Decides what a numeral measures from the lexemes around it: a currency before it, a unit after
 * it, a month, a year word, a label word, or the form of the number itself. The first rule that
 * applies wins; a number nothing else explains is a count.
 *
 * <p>Years: a plain four-digit number (no separator) is a year after a year word ("in 1939",
 * "since 1953", "by 2030", "mid-2023") from 1000 to 2100, and on its own from 1800 to 2100 unless
 * a count hedge comes before it ("about 2000"). Newsroom style (AP, Reuters) writes counts from
 * 1,000 up with a separator, so "1,500" is never a year.
 */
final class MeasureReader {

    private static final Set<String> YEAR_WORDS = Set.of(
            "in", "since", "until", "till", "by", "before", "after", "during", "early", "late", "mid", "year",
            "fiscal", "circa", "summer", "winter", "spring", "autumn");
    /** Prefixes hyphen-glued to a year: "mid-2023", "pre-1990", "post-2020". */
    private static final Set<String> YEAR_PREFIXES = Set.of("mid", "pre", "post");
    private static final Set<String> LABEL_WORDS = Set.of(
            "article", "articles", "chapter", "section", "clause", "resolution", "flight", "route", "highway",
            "interstate", "room", "gate", "terminal", "platform", "page", "pages", "issue", "volume", "episode",
            "season", "level", "category", "phase", "stage", "grade", "tier", "version");
    /** Label abbreviations, followed by a period: "No. 5", "nr. 22", "p. 3". */
    private static final Set<String> LABEL_ABBREVIATIONS = Set.of("no", "nos", "nr", "nrs", "vol", "p", "pp");
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

    private final Lexemes lx;

    MeasureReader(Lexemes lx) {
        this.lx = lx;
    }

    Reading read(Numeral n) {
        return switch (n.kind()) {
            case CLOCK -> clock(n);
            case DATE_PART -> Reading.of(n, n.first(), n.last(), Measure.DATE, "");
            case CODE_PART -> Reading.of(n, n.first(), n.last(), Measure.LABEL, "");
            case ORDINAL -> Reading.of(n, n.first(), n.last(), monthNear(n) ? Measure.DATE : Measure.ORDINAL, "");
            case VAGUE -> vague(n);
            case CARDINAL, IGNORED -> cardinal(n);
        };
    }

    private Reading clock(Numeral n) {
        Units.Match u = Units.after(lx, n.last() + 1, false);
        int last = u != null && u.measure() == Measure.TIME ? u.last() : n.last();
        return Reading.of(n, n.first(), last, Measure.TIME, "");
    }

    /** "thousands of dollars", "hundreds of kilometres"; otherwise a count. */
    private Reading vague(Numeral n) {
        if (lx.is(n.last() + 1, "of")) {
            Units.Match u = Units.after(lx, n.last() + 2, false);
            if (u != null && u.measure() != Measure.LABEL && u.measure() != Measure.COUNT) {
                return Reading.of(n, n.first(), u.last(), u.measure(), u.unit());
            }
        }
        return Reading.of(n, n.first(), n.last(), Measure.COUNT, "");
    }

    private Reading cardinal(Numeral n) {
        int f = n.first();
        int currency = Units.currencyBefore(lx, f);
        if (currency >= 0) {
            return Reading.of(n, currency, n.last(), Measure.MONEY, lx.text(currency, f - 1));
        }
        Units.Match u = Units.after(lx, n.last() + 1, n.value().compareTo(BigDecimal.ONE) == 0);
        if (u != null) {
            return Reading.of(n, f, u.last(), u.measure(), u.unit());
        }
        int magnitude = magnitudeBefore(f);
        if (magnitude >= 0) {
            return Reading.of(n, magnitude, n.last(), Measure.DECIMAL, lx.text(magnitude));
        }
        int label = labelBefore(f);
        if (label >= 0) {
            return Reading.of(n, label, n.last(), Measure.LABEL, lx.text(label));
        }
        if (lx.isAny(f - 1, AGE_WORDS)) {
            return Reading.of(n, f - 1, n.last(), Measure.AGE, lx.text(f - 1));
        }
        if (n.plain()) {
            Reading dated = dated(n);
            if (dated != null) {
                return dated;
            }
        }
        if (!n.integral()) {
            return Reading.of(n, f, n.last(), Measure.DECIMAL, "");
        }
        return Reading.of(n, f, n.last(), Measure.COUNT, "");
    }

    /** Days, years and decades written in plain digits, or null. */
    private Reading dated(Numeral n) {
        int f = n.first();
        int l = n.last();
        int digits = n.plainDigits(lx);
        long v = n.value().longValue();
        boolean day = digits <= 2 && v >= 1 && v <= 31;
        if (Months.endsAt(lx, f - 1)) { // "Oct. 8", "February 2023"
            if (day) {
                return Reading.of(n, f, l, Measure.DATE, "");
            }
            if (digits == 4) {
                return Reading.of(n, f, l, Measure.YEAR, "");
            }
        }
        if (day && Months.at(lx, l + 1)) { // "6 February"
            return Reading.of(n, f, l, Measure.DATE, "");
        }
        if (digits == 2 && lx.is(l + 1, "s") && lx.glued(l + 1) && v % 10 == 0) { // "in their 20s", "the '90s"
            boolean decade = lx.isApostrophe(f - 1) && lx.glued(f);
            return Reading.of(n, decade ? f - 1 : f, l + 1, decade ? Measure.YEAR : Measure.AGE, "");
        }
        if (digits != 4) {
            return null;
        }
        if (lx.is(l + 1, "s") && lx.glued(l + 1) && v % 10 == 0) { // "the 1990s"
            return Reading.range(f, l + 1, n.value(), n.value().add(BigDecimal.valueOf(9)),
                    Measure.YEAR, "");
        }
        if (lx.isApostrophe(l + 1) && lx.glued(l + 1) && lx.is(l + 2, "s") && lx.glued(l + 2)) { // "2023's"
            return Reading.of(n, f, l + 2, Measure.YEAR, "");
        }
        if (v >= 1000 && v <= 2100 && yearWordBefore(f)) {
            return Reading.of(n, f, l, Measure.YEAR, "");
        }
        if (v >= 1800 && v <= 2100) {
            Hedge hedge = HedgeReader.prefixEndingAt(lx, f - 1);
            if (hedge == null || hedge == Hedge.EXACT) {
                return Reading.of(n, f, l, Measure.YEAR, "").weakened();
            }
        }
        return null;
    }

    private boolean yearWordBefore(int f) {
        return lx.isAny(f - 1, YEAR_WORDS)
                || (lx.isHyphen(f - 1) && lx.glued(f - 1) && lx.glued(f) && lx.isAny(f - 2, YEAR_PREFIXES));
    }

    /** "magnitude 7.8", "magnitude-7.8": the index of "magnitude", or -1. */
    private int magnitudeBefore(int f) {
        if (lx.is(f - 1, "magnitude")) {
            return f - 1;
        }
        return lx.isHyphen(f - 1) && lx.is(f - 2, "magnitude") ? f - 2 : -1;
    }

    /** "Article 5", "issue 112", "No. 7", "#3", "G7", "MH17", "F-16", "Covid-19": the index of the label word, or -1. */
    private int labelBefore(int f) {
        if (lx.isAny(f - 1, LABEL_WORDS) || lx.isSymbol(f - 1, '#') || (lx.isWord(f - 1) && lx.glued(f))) {
            return f - 1;
        }
        if (lx.isSymbol(f - 1, '.') && lx.glued(f - 1) && lx.isAny(f - 2, LABEL_ABBREVIATIONS)) {
            return f - 2;
        }
        boolean hyphenated = lx.isHyphen(f - 1) && lx.glued(f - 1) && lx.glued(f) && lx.isWord(f - 2)
                && !lx.isAny(f - 2, YEAR_PREFIXES);
        return hyphenated ? f - 2 : -1;
    }

    /** "November 8th", "8th November", "the 8th of November". */
    private boolean monthNear(Numeral n) {
        return Months.endsAt(lx, n.first() - 1) || Months.at(lx, n.last() + 1)
                || (lx.is(n.last() + 1, "of") && Months.at(lx, n.last() + 2));
    }
}

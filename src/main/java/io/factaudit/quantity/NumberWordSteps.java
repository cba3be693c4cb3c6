package io.factaudit.quantity;

import io.factaudit.quantity.Composition.Step;
import java.math.BigDecimal;

/**
 * How one number word continues a {@link CardinalReader} reading: a unit after a ten, a hundred
 * after a unit, a scale word after a group, "dozen", "and a half", an ordinal that ends the
 * number ("two hundred and first") or a fraction that sets it aside ("one third"), and the
 * openers "a hundred", "half a million", "a quarter of a million". Kept apart from the reader so
 * the words' grammar reads in one place and the reader keeps only the digits and the joins.
 */
final class NumberWordSteps {

    /** The number ends before a word that is not part of it. */
    static final int END = -1;
    /** The number ends before a scale word that cannot follow what came before ("3 hundred and 2 hundred"). */
    static final int MISFIT = -2;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private final Lexemes lx;

    NumberWordSteps(Lexemes lx) {
        this.lx = lx;
    }

    /**
     * Consumes the word at j if it continues the number; returns the next index, or {@link #END}
     * or {@link #MISFIT} when the number ends before the word.
     */
    int word(Composition s, int j, String w) {
        NumberWords.Word cardinal = NumberWords.cardinal(w);
        if (cardinal != null) {
            if (!cardinalMayFollow(s, cardinal)) {
                return END;
            }
            s.atom(BigDecimal.valueOf(cardinal.value()), step(cardinal.rank()));
            s.spelled = true;
            s.end = j;
            return j + 1;
        }
        Long scale = NumberWords.scale(w);
        if (scale == null && s.last != Step.NONE) {
            scale = NumberWords.pluralScale(w); // "five hundreds", "three thousands"
        }
        if (scale != null) {
            if (scale == 100) {
                if (!hundredMayFollow(s)) {
                    return MISFIT;
                }
                s.hundred();
            } else {
                if (!(s.last == Step.NONE || s.last == Step.HUNDRED || s.last == Step.HALF
                        || Step.NUMBERS.contains(s.last)) || scale >= s.minScale) {
                    return MISFIT;
                }
                s.scaleBy(scale);
            }
            s.spelled = true;
            s.end = j;
            return j + 1;
        }
        if (w.equals("dozen") || w.equals("dozens")) {
            if (!(Step.NUMBERS.contains(s.last) || s.last == Step.HALF)) {
                return END;
            }
            s.dozen();
            s.end = j;
            return j + 1;
        }
        if (w.equals("and")) {
            return andAHalf(s, j);
        }
        Integer ordinal = NumberWords.ordinal(w);
        if (ordinal != null) {
            boolean completes = switch (s.last) {
                case NONE, HUNDRED, SCALE, AND -> true;
                case TENS -> ordinal < 10;
                default -> false;
            };
            if (completes) {
                s.atom(BigDecimal.valueOf(ordinal), Step.UNIT);
                s.ordinal = true;
                s.spelled = true;
                s.end = j;
                return j + 1;
            }
            if (ordinal != 2 && Step.NUMBERS.contains(s.last)) { // "one third"; "one second" is a time
                s.fraction = true;
                s.end = j;
                return j + 1;
            }
            return END;
        }
        Long ordinalScale = NumberWords.ordinalScale(w);
        if (ordinalScale != null && (s.last == Step.NONE || Step.NUMBERS.contains(s.last) || s.last == Step.HUNDRED)) {
            if (s.last == Step.NONE) {
                s.atom(BigDecimal.ONE, Step.UNIT);
            }
            s.scaleBy(ordinalScale);
            s.ordinal = true;
            s.spelled = true;
            s.end = j;
            return j + 1;
        }
        if (NumberWords.isFraction(w) && Step.NUMBERS.contains(s.last)) {
            s.fraction = true;
            s.end = j;
            return j + 1;
        }
        return END;
    }

    /** "two and a half million", "one and a half", "one million and a half". */
    private int andAHalf(Composition s, int j) {
        if (lx.is(j + 1, "a") && lx.is(j + 2, "half")) {
            if (Step.NUMBERS.contains(s.last)) { // "two and a half million", "one and a half"
                s.group = s.group.add(HALF);
                s.lastAtom = s.lastAtom.add(HALF);
                s.last = Step.HALF;
                s.end = j + 2;
                return j + 3;
            }
            if (s.last == Step.SCALE) { // "one million and a half"
                s.total = s.total.add(HALF.multiply(BigDecimal.valueOf(s.minScale)));
                s.end = j + 2;
                s.finished = true;
                return j + 3;
            }
            return END;
        }
        return END;
    }

    /** "a hundred", "a dozen", "half a million", "a quarter of a million". */
    int opener(Composition s, int j) {
        if ((lx.is(j, "a") || lx.is(j, "an")) && (singularScaleAt(j + 1) || lx.is(j + 1, "dozen"))) {
            s.atom(BigDecimal.ONE, Step.UNIT);
            s.spelled = true;
            s.end = j;
            return j + 1;
        }
        if (lx.is(j, "half") && lx.is(j + 1, "a") && (thousandsScaleAt(j + 2) || lx.is(j + 2, "dozen"))) {
            return fractionOfScale(s, HALF, j + 1, j + 2);
        }
        if (lx.is(j, "a") && lx.is(j + 1, "half") && thousandsScaleAt(j + 2)) {
            return fractionOfScale(s, HALF, j + 1, j + 2);
        }
        int q = lx.is(j, "a") ? j + 1 : j;
        if (lx.is(q, "quarter")) {
            int k = lx.is(q + 1, "of") && lx.is(q + 2, "a") ? q + 3 : q + 1;
            if (thousandsScaleAt(k)) {
                return fractionOfScale(s, QUARTER, k - 1, k);
            }
        }
        return j;
    }

    private static int fractionOfScale(Composition s, BigDecimal fraction, int end, int next) {
        s.group = fraction;
        s.lastAtom = fraction;
        s.last = Step.HALF;
        s.spelled = true;
        s.end = end;
        return next;
    }

    private static boolean cardinalMayFollow(Composition s, NumberWords.Word w) {
        return switch (s.last) {
            case NONE -> true;
            case TENS -> w.rank() == NumberWords.Rank.UNIT && w.value() > 0;
            case HUNDRED, SCALE, AND -> w.value() > 0;
            default -> false;
        };
    }

    private static boolean hundredMayFollow(Composition s) {
        return switch (s.last) {
            case NONE -> true;
            case UNIT, TEEN, TENS -> !s.groupHasHundred && s.group.compareTo(BigDecimal.valueOf(100)) < 0;
            case DIGITS -> !s.groupHasHundred;
            default -> false;
        };
    }

    boolean singularScaleAt(int j) {
        return NumberWords.scale(lx.lower(j)) != null;
    }

    boolean thousandsScaleAt(int j) {
        Long scale = NumberWords.scale(lx.lower(j));
        return scale != null && scale >= 1000;
    }

    private static Step step(NumberWords.Rank rank) {
        return switch (rank) {
            case UNIT -> Step.UNIT;
            case TEEN -> Step.TEEN;
            case TENS -> Step.TENS;
        };
    }
}

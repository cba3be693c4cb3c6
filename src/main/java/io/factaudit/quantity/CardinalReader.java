package io.factaudit.quantity;

import io.factaudit.quantity.Composition.Step;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads the cardinal (or ordinal) numeral that starts at a lexeme, in digits, words or both:
 * "12,000", "12 000", "1.5 million", "$14bn", "twenty-five", "a million", "two and a half
 * million", "three hundred and two dozen", "4 thousand 3 hundred and 21", "minus 5", "11th".
 *
 * <p>Words combine the way English writes them: a unit after a ten ("fifty-two"), anything
 * below a hundred after "hundred", a smaller group after a scale word. An "and" continues a
 * number only if what follows is smaller than the scale before it, so "3 hundred and 2 hundred"
 * is two numbers and "two hundred and two thousand" one. A comma after a scale word continues it
 * only into a group with a scale word of its own ("one million, six thousand, nine hundred and
 * four"), so "two million, three were hurt" stays two numbers.
 *
 * <p>The grammar of the number words is {@link NumberWordSteps}; a "one" that is a pronoun
 * ({@link PronounOne}) is not read.
 */
final class CardinalReader {

    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private final Lexemes lx;
    private final DigitReader digits;
    private final NumberWordSteps words;
    private final PronounOne pronoun;

    CardinalReader(Lexemes lx) {
        this.lx = lx;
        this.digits = new DigitReader(lx);
        this.words = new NumberWordSteps(lx);
        this.pronoun = new PronounOne(lx);
    }

    /** The numeral that starts at lexeme i, or null. */
    Numeral readAt(int i) {
        if (lx.isSymbol(i, '.') && lx.isDigits(i + 1) && lx.glued(i + 1) && (i == 0 || lx.get(i).spaced())) {
            BigDecimal value = new BigDecimal("0." + lx.text(i + 1));
            return new Numeral(i, i + 1, value, Numeral.Kind.CARDINAL, false, false, 0, 1, null);
        }
        int start = i;
        boolean negative = false;
        if (lx.is(i, "minus") || lx.is(i, "negative")) {
            negative = true;
            start = i + 1;
        } else if (lx.isMinus(i) && lx.isDigits(i + 1) && lx.glued(i + 1)
                && (i == 0 || lx.get(i).spaced() || lx.isSymbol(i - 1, '('))) {
            negative = true;
            start = i + 1;
        }
        Composition s = compose(start, Units.currencyBefore(lx, i) >= 0);
        if (s == null || (s.end == start && lx.is(start, "one") && !negative && pronoun.at(start))) {
            return null;
        }
        if (s.fraction) {
            s.end = ofScaleEnd(s.end); // "two thirds of a million" holds no count of a million
        }
        BigDecimal value = negative ? s.value().negate() : s.value();
        Numeral.Kind kind = s.fraction || Numeral.beyondLong(value) ? Numeral.Kind.IGNORED
                : s.ordinal ? Numeral.Kind.ORDINAL : Numeral.Kind.CARDINAL;
        boolean plain = !negative && s.end == start && lx.isDigits(start);
        return new Numeral(i, s.end, value, kind, s.spelled, plain, s.groups, s.scale, null);
    }

    private Composition compose(int from, boolean afterCurrency) {
        Composition s = new Composition();
        Composition beforeAnd = null; // where to step back to if what follows "and" does not continue the number
        boolean commaPending = false; // a group after a comma continues the number only up to its own scale word
        int j = words.opener(s, from);
        while (lx.has(j)) {
            Lexeme t = lx.get(j);
            if (t.kind() == Lexeme.Kind.DIGITS) {
                if (!digitsMayFollow(s, j)) {
                    break;
                }
                DigitReader.Run d = digits.read(j);
                if (s.last == Step.AND && !(d.integral() && d.value().signum() > 0
                        && d.value().compareTo(BigDecimal.valueOf(s.andLimit)) < 0)) {
                    break;
                }
                if (s.last == Step.SCALE && d.value().compareTo(BigDecimal.valueOf(s.minScale)) >= 0) {
                    break;
                }
                s.atom(d.value(), Step.DIGITS);
                s.groups = d.groups();
                s.end = d.last();
                j = d.last() + 1;
                if (lx.isWord(j) && lx.glued(j) && glued(s, j, d, afterCurrency)) {
                    beforeAnd = null;
                    break;
                }
                continue;
            }
            boolean and = t.kind() == Lexeme.Kind.WORD && t.lower().equals("and") && !lx.is(j + 1, "a");
            boolean comma = lx.isSymbol(j, ',') && lx.glued(j) && s.last == Step.SCALE && spelledAt(j + 1);
            if (and || comma) {
                if (s.last != Step.HUNDRED && s.last != Step.SCALE) {
                    break;
                }
                beforeAnd = s.copy();
                commaPending = comma;
                s.andLimit = s.last == Step.HUNDRED ? 100 : s.minScale;
                s.last = Step.AND;
                j++;
                continue;
            }
            if (t.kind() == Lexeme.Kind.WORD) {
                int next = words.word(s, j, t.lower());
                if (next == NumberWordSteps.MISFIT && beforeAnd != null) {
                    s = beforeAnd; // "3 hundred and 2 hundred": the second hundred starts a new number
                    commaPending = false;
                    break;
                }
                if (next < 0) {
                    break;
                }
                if (s.last == Step.SCALE) {
                    beforeAnd = null; // "two hundred and two thousand": the group after "and" is confirmed
                }
                if (s.last == Step.SCALE || s.last == Step.HUNDRED) {
                    commaPending = false; // "one million, six thousand": the group after the comma is confirmed
                }
                if (s.last == Step.DOZEN || s.ordinal || s.fraction || s.finished) {
                    break;
                }
                j = next;
                continue;
            }
            if (lx.isHyphen(j) && s.last == Step.TENS && unitOrOrdinalUnit(j + 1)) {
                j++; // "twenty-five", "fifty - two", "twenty-first"
                continue;
            }
            if (lx.isHyphen(j) && lx.glued(j) && Step.NUMBERS.contains(s.last) && fractionWordAt(j + 1)) {
                s.fraction = true; // "two-thirds", "one-fifth", "three-quarters"
                s.end = j + 1;
                break;
            }
            break;
        }
        if (s.last == Step.AND || commaPending) {
            s = beforeAnd; // "two million, three were hurt" is two numbers
        }
        return s.last == Step.NONE ? null : s;
    }

    /** An ordinal suffix ("11th") or a scale abbreviation ("14bn") glued to digits; true if it ends the number. */
    private boolean glued(Composition s, int j, DigitReader.Run d, boolean afterCurrency) {
        if (ORDINAL_SUFFIXES.contains(lx.lower(j)) && s.total.signum() == 0 && s.atoms == 1 && d.integral()) {
            s.ordinal = true;
            s.end = j;
            return true;
        }
        Long abbreviation = NumberWords.abbreviatedScale(lx.text(j), afterCurrency);
        if (abbreviation != null && abbreviation < s.minScale) {
            s.scaleBy(abbreviation);
            s.end = j;
            return true;
        }
        return false;
    }

    private boolean digitsMayFollow(Composition s, int j) {
        return switch (s.last) {
            case NONE, AND -> true;
            case SCALE -> scaleAfterDigitsAt(j); // "4 thousand 3 hundred"
            default -> false;
        };
    }

    /** The digits at j are followed by a scale word: "3 hundred", "5 million". */
    private boolean scaleAfterDigitsAt(int j) {
        DigitReader.Run d = digits.read(j);
        return words.singularScaleAt(d.last() + 1);
    }

    private boolean unitOrOrdinalUnit(int j) {
        NumberWords.Word w = NumberWords.cardinal(lx.lower(j));
        Integer ordinal = NumberWords.ordinal(lx.lower(j));
        return (w != null && w.rank() == NumberWords.Rank.UNIT && w.value() > 0) || (ordinal != null && ordinal < 10);
    }

    /** The end of "of (a) million" after lexeme end, or end. */
    private int ofScaleEnd(int end) {
        if (!lx.is(end + 1, "of")) {
            return end;
        }
        int k = lx.is(end + 2, "a") || lx.is(end + 2, "an") ? end + 3 : end + 2;
        return words.thousandsScaleAt(k) ? k : end;
    }

    private boolean fractionWordAt(int j) {
        Integer ordinal = NumberWords.ordinal(lx.lower(j));
        return NumberWords.isFraction(lx.lower(j)) || (ordinal != null && ordinal > 2);
    }

    /** A spelled group, as after the British comma of "one million, six thousand, nine hundred and four". */
    private boolean spelledAt(int j) {
        NumberWords.Word w = NumberWords.cardinal(lx.lower(j));
        return w != null && w.value() > 0;
    }

}

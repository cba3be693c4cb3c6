package io.factaudit.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which Recognizers-Text cases hold the forms news writing uses: cardinals in digits and words,
 * comparisons ("more than thirty", "fewer than a thousand", "five hundred or more") and ranges
 * ("between 20 and 30", "1000-5000"). Decided by the form of a case alone, never by its id:
 *
 * <ol>
 * <li>every expected value is a whole number: fractions, decimals and powers are out;</li>
 * <li>no mathematical notation (&lt; &gt; = ~ ^, vulgar fractions like ½, digit/digit);</li>
 * <li>no ordinal or fraction words ("first", "tenth", "4th", "thirds", "half", "quarter");</li>
 * <li>no letters glued to digits ("10k", "29km", "1e10") and no word in an expected number outside
 * the English cardinals (abbreviated or non-English scales: "10 bln", "13 lakh", "3 dzs"; the
 * words of an expected range are comparisons, and its numbers pass the other rules);</li>
 * <li>no digit grouping of other locales (the decimal comma of "5,00" or "1.111,11", the Indian
 * "12,34,567").</li>
 * </ol>
 */
final class PeerScope {

    private static final Pattern MATH = Pattern.compile("[<>=~^½⅓⅔¼¾⅕⅙⅛]|\\d\\s*/\\s*\\d");
    private static final Pattern ORDINAL_OR_FRACTION = Pattern.compile(
            "\\b(first|firsts|second|third|thirds|fourth|fourths|fifth|fifths|sixths?|sevenths?|eighths?|ninths?|"
                    + "tenths?|eleventh|twelfth|\\w+teenths?|\\w+ieths?|hundredths?|thousandths?|millionths?|"
                    + "billionths?|trillionths?|half|halves|quarters?)\\b|\\d+(st|nd|rd|th)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GLUED_LETTERS = Pattern.compile("\\d[\\p{L}]");
    private static final Pattern OTHER_LOCALE = Pattern.compile(
            "(?<![\\d,])\\d+,\\d{1,2}(?![\\d,])|\\d\\.\\d{3},\\d|\\d,\\d{2},\\d{3}");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH_CARDINALS = Set.of(
            "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
            "trillions", "dozen", "dozens", "a", "an", "and", "minus", "negative");

    private PeerScope() {
    }

    /** Why the case is out of scope, or empty when it is in scope. */
    static Optional<String> excluded(PeerCase c) {
        for (PeerCase.Result r : c.results()) {
            if (Set.of("fraction", "power").contains(r.subtype()) || !whole(r.low()) || !whole(r.high())) {
                return Optional.of("not a whole number: " + r.describe());
            }
        }
        if (MATH.matcher(c.input()).find()) {
            return Optional.of("mathematical notation");
        }
        if (ORDINAL_OR_FRACTION.matcher(c.input()).find()) {
            return Optional.of("an ordinal or fraction");
        }
        if (GLUED_LETTERS.matcher(c.input()).find()) {
            return Optional.of("letters glued to digits");
        }
        if (OTHER_LOCALE.matcher(c.input()).find()) {
            return Optional.of("digit grouping of another locale");
        }
        for (PeerCase.Result r : c.results()) {
            if (r.interval()) {
                continue;
            }
            var words = WORDS.matcher(r.text().toLowerCase(Locale.ROOT));
            while (words.find()) {
                if (!ENGLISH_CARDINALS.contains(words.group())) {
                    return Optional.of("a multiplier that is not an English cardinal: " + words.group());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean whole(BigDecimal v) {
        return v == null || v.stripTrailingZeros().scale() <= 0;
    }
}

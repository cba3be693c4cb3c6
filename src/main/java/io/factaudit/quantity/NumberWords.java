package io.factaudit.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words for numbers. The spellings come from ICU's {@link RuleBasedNumberFormat}
 * (SPELLOUT, English): the cardinals 0-19 and the tens, their ordinals, and the scale words.
 *
 * <p>The words are put together by {@link CardinalReader}, not by ICU's parser: measured on a
 * 2-core machine, strict parsing takes about 19 µs a phrase and lenient parsing about 2 ms, and
 * neither reads "a million" or "two and a half million", while strict parsing reads "three
 * hundred thirty one" as 330.
 */
final class NumberWords {

    /** How a cardinal word combines with the next: "twenty" takes a unit ("twenty-one"), "one" does not. */
    enum Rank { UNIT, TEEN, TENS }

    /** A cardinal word below one hundred. */
    record Word(int value, Rank rank) {
    }

    private static final Map<String, Word> CARDINALS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Long> SCALES = new HashMap<>();
    private static final Map<String, Long> PLURAL_SCALES = new HashMap<>();
    private static final Map<String, Long> ORDINAL_SCALES = new HashMap<>();
    private static final Set<String> FRACTIONS = new HashSet<>();
    private static final Set<String> TRIGGERS = new HashSet<>();
    /** The triggers packed into longs ({@link #pack}), sorted: the pre-check looks words up without allocating. */
    private static final long[] PACKED_TRIGGERS;

    /** Newsroom abbreviations that are scales whatever comes before: "14bn", "$3tn". */
    private static final Map<String, Long> ABBREVIATED = Map.of(
            "bn", 1_000_000_000L, "bln", 1_000_000_000L, "tn", 1_000_000_000_000L, "trn", 1_000_000_000_000L,
            "mn", 1_000_000L, "mln", 1_000_000L);

    /** Abbreviations that are scales only after a currency sign ("$10m", "£3k", "$1.2b"); else "10m" is ten metres. */
    private static final Map<String, Long> MONEY_ABBREVIATED = Map.of(
            "m", 1_000_000L, "b", 1_000_000_000L, "k", 1_000L, "mm", 1_000_000L);

    static {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n < 100; n = n < 20 ? n + 1 : n + 10) {
            Rank rank = n < 10 ? Rank.UNIT : n < 20 ? Rank.TEEN : Rank.TENS;
            CARDINALS.put(spell.format(n), new Word(n, rank));
            if (n > 0) {
                String ordinal = spell.format(n, "%spellout-ordinal");
                ORDINALS.put(ordinal, n);
                if (n > 2) {
                    FRACTIONS.add(ordinal + "s"); // "thirds", "fifths"; "seconds" is a unit of time
                }
            }
        }
        for (long scale : new long[] {100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L}) {
            String word = lastWord(spell.format(scale));
            SCALES.put(word, scale);
            PLURAL_SCALES.put(word + "s", scale);
            String ordinal = lastWord(spell.format(scale, "%spellout-ordinal"));
            ORDINAL_SCALES.put(ordinal, scale);
            FRACTIONS.add(ordinal + "s"); // "hundredths"
        }
        CARDINALS.put("nought", new Word(0, Rank.UNIT));
        CARDINALS.put("naught", new Word(0, Rank.UNIT));
        FRACTIONS.addAll(Set.of("half", "halves", "quarter", "quarters"));
        TRIGGERS.addAll(CARDINALS.keySet());
        TRIGGERS.addAll(ORDINALS.keySet());
        TRIGGERS.addAll(SCALES.keySet());
        TRIGGERS.addAll(PLURAL_SCALES.keySet());
        TRIGGERS.addAll(ORDINAL_SCALES.keySet());
        TRIGGERS.addAll(Set.of("dozen", "dozens", "scores"));
        PACKED_TRIGGERS = TRIGGERS.stream().mapToLong(w -> pack(w, 0, w.length())).filter(p -> p != 0).sorted().toArray();
        if (PACKED_TRIGGERS.length != TRIGGERS.size()) {
            throw new IllegalStateException("a number word is too long to pack");
        }
    }

    /**
     * A word of at most 12 ASCII letters as a long, five bits a letter, case folded; 0 for any
     * other word.
     */
    private static long pack(CharSequence text, int start, int end) {
        if (end - start > 12) {
            return 0;
        }
        long packed = 0;
        for (int i = start; i < end; i++) {
            char c = (char) (text.charAt(i) | 0x20); // ASCII lower case
            if (c < 'a' || c > 'z') {
                return 0;
            }
            packed = packed << 5 | (c - 'a' + 1);
        }
        return packed;
    }

    private NumberWords() {
    }

    private static String lastWord(String spelled) {
        return spelled.substring(spelled.lastIndexOf(' ') + 1);
    }

    /** "seven", "forty", "nought"; null for other words. */
    static Word cardinal(String lower) {
        return CARDINALS.get(lower);
    }

    /** "first" (1) to "ninetieth" (90); null for other words. */
    static Integer ordinal(String lower) {
        return ORDINALS.get(lower);
    }

    /** "hundred", "thousand", "million", "billion", "trillion"; null for other words. */
    static Long scale(String lower) {
        return SCALES.get(lower);
    }

    /** "hundreds", "thousands", ...; null for other words. */
    static Long pluralScale(String lower) {
        return PLURAL_SCALES.get(lower);
    }

    /** "hundredth", "thousandth", "millionth", ...; null for other words. */
    static Long ordinalScale(String lower) {
        return ORDINAL_SCALES.get(lower);
    }

    /** A word that makes a fraction of the number before it: "two thirds", "three quarters", "one half". */
    static boolean isFraction(String lower) {
        return FRACTIONS.contains(lower);
    }

    /** A word that belongs to some spelled number, ordinal or vague amount. */
    static boolean isNumberWord(String lower) {
        return TRIGGERS.contains(lower);
    }

    /**
     * A scale abbreviation glued to digits ("14bn"; "10m" only after a currency sign), as written,
     * or null.
     */
    static Long abbreviatedScale(String written, boolean afterCurrency) {
        Long scale = ABBREVIATED.get(written.toLowerCase(Locale.ROOT));
        if (scale == null && afterCurrency) {
            scale = MONEY_ABBREVIATED.get(written.toLowerCase(Locale.ROOT));
        }
        return scale;
    }

    /**
     * A cheap test run before any reading: does the text hold a digit or a number word at all?
     * Most sentences of an article hold neither.
     */
    static boolean mayHoldNumber(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Lexer.isDigit(c)) {
                return true;
            }
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                long packed = i - start >= 3 ? pack(text, start, i) : 0;
                if (packed != 0 && Arrays.binarySearch(PACKED_TRIGGERS, packed) >= 0) {
                    return true;
                }
            } else {
                i++;
            }
        }
        return false;
    }
}

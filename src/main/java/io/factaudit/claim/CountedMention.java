package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mention whose noun a count makes several: "its first four patients" is not the sheet's "first
 * case", "two dams failed" not "the dam failed". An ordinal ("the second vote") or a year ("the
 * 2024 accord") is no count. Read for a wording as written, not object first, where a count
 * before the verb is its subject's ("the accord the two leaders signed").
 */
final class CountedMention {

    private static final NumberReader NUMBERS = new NumberReader();
    private static final Pattern ORDINAL_OR_YEAR = Pattern.compile("(?i).*(?:st|nd|rd|th)|\\d{4}");

    private CountedMention() {
    }

    /** Whether a number of two or more counts a plural noun of the words {@code first} to {@code last}. */
    static boolean counted(SentenceWords w, int first, int last) {
        return counted(w, first, last, Set.of());
    }

    /**
     * The same, but a plural the sheet's own wording has ({@code written}, lower case) is counted
     * in the event itself: "police arrested protesters" is told by "arrested 40 protesters", "workers
     * walked out" by "4,000 workers walked out".
     */
    static boolean counted(SentenceWords w, int first, int last, Set<String> written) {
        for (int i = Math.max(0, first - 1); i < last; i++) {
            String text = w.get(i).text();
            String counted = w.lower(i + 1);
            if (w.get(i).isPunctuation() || ORDINAL_OR_YEAR.matcher(text).matches() || !counted.endsWith("s")
                || counted.endsWith("'s") || written.contains(counted)) {
                continue;
            }
            for (Quantity q : NUMBERS.read(text, 0, 0.10)) {
                if (q.value() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }
}

package io.factaudit.claim;

import java.util.List;

/**
 * A rule that sets a number aside: its clause denies it. A negator in the clause before the number
 * ("did not say that 3,000 ...", "there was no evidence that 3,000 ...", "has not cut 3,000 jobs"),
 * or in the verb group after what is counted ("3,000 people did not die", "40 cases have not been
 * confirmed"). A clause ends at a comma, a semicolon or a dash, so a negated aside does not count.
 */
final class Denied {

    /** English negators of a clause: a closed class no lexical resource marks. */
    private static final java.util.Set<String> NEGATORS = java.util.Set.of("not", "n't", "never", "no");
    /** Auxiliary verbs that carry a negator in a verb group: a closed class. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("do", "does", "did", "have", "has", "had",
        "is", "are", "was", "were", "be", "been");

    private Denied() {
    }

    /** Whether the number at word {@code first}, what it counts ending before word {@code end}, is denied. */
    static boolean at(List<Words.Word> words, int first, int end) {
        for (int i = first - 1; i >= 0; i--) {
            Words.Word w = words.get(i);
            if (w.is(",", ";", ":", "\u2014", "(", "but")) {
                break;
            }
            if (NEGATORS.contains(w.lower()) && !comparative(words, i)) {
                return true;
            }
        }
        for (int i = end; i < Math.min(words.size() - 1, end + 2); i++) {
            if (AUXILIARIES.contains(words.get(i).lower())) {
                return NEGATORS.contains(words.get(i + 1).lower());
            }
        }
        return false;
    }

    /** "no more than", "no fewer than", "not least": a bound, not a denial. */
    private static boolean comparative(List<Words.Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).is("more", "fewer", "less", "least", "only", "just", "quite", "far",
            "until", "before");
    }
}

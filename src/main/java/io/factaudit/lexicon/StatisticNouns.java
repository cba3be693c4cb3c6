package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * The nouns of a statistic, from WordNet 3.1: everything below "statistic" ("a datum that can be
 * represented numerically": average, mean, median, mode, ...). A figure such a noun takes with "of"
 * ("a yearly average of 2,000 households") describes many occasions, not a count of this one.
 */
public final class StatisticNouns {

    private static volatile Set<String> nouns;

    /** Adjectives that sum several subjects into one figure ("a combined 900 hives", "the cumulative total"). */
    public static final Set<String> COMBINED = Set.of("combined", "joint", "cumulative");

    private StatisticNouns() {
    }

    private static Set<String> nouns() {
        Set<String> n = nouns;
        if (n == null) {
            n = WordNet.below(List.of(WordNet.sense("statistic", POS.NOUN, "a datum that can be represented numerically")),
                new HashSet<>());
            nouns = n;
        }
        return n;
    }

    /** Whether a noun (in any number) names a statistic. */
    public static boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return nouns().contains(w) || WordNet.lemmas(w, POS.NOUN).stream().anyMatch(nouns()::contains);
    }
}

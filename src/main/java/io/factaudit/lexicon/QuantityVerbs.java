package io.factaudit.lexicon;

import java.util.Map;

/**
 * Verbs that tell a figure as a change, in every inflection, drawn from WordNet 3.1 by
 * {@link QuantityVerbsSource}: of change ("rose", "climbs", "was raised", "fell", "reached") and of
 * passing a threshold ("passed", "tops", "exceeded", "surpassing"), after which the figure is a floor.
 */
public final class QuantityVerbs {

    static final String CHANGE_FILE = "verbs-of-change.txt";
    static final String PASSING_FILE = "verbs-of-passing.txt";

    private static final Map<String, String> CHANGE = WordFormsFile.read(CHANGE_FILE);
    private static final Map<String, String> PASSING = WordFormsFile.read(PASSING_FILE);

    /**
     * Words that link a count noun to its value ("the tally stood at 40", "put the number at 40",
     * "rose to 40"): the prepositions of a value, the copula in every form (so a stated expectation
     * links too: "expects the tally to be 30") and the verbs of reaching and passing a figure.
     */
    public static final java.util.Set<String> LINKS = java.util.Set.of("at", "to", "of", "is", "was", "were", "are", "be",
        "been", "reached", "passed", "passes", "hit", "topped", "tops", "above", "past", "exceeded", "exceeds", "surpassed", "by");

    private QuantityVerbs() {
    }

    /** "rose", "climbs", "raised", "fell", "reaches", and every verb of passing. */
    public static boolean changes(String lowerWord) {
        return CHANGE.containsKey(lowerWord) || PASSING.containsKey(lowerWord);
    }

    /** "passed", "tops", "exceeded", "surpassing". */
    public static boolean passes(String lowerWord) {
        return PASSING.containsKey(lowerWord);
    }
}

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

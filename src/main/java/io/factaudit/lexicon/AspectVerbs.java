package io.factaudit.lexicon;

import java.util.Map;

/**
 * Aspectual verbs in every inflection, drawn from WordNet by {@link AspectVerbsSource}: verbs of
 * going on ("resumed", "continues", "returned", "kept", "began") and of ending ("stopped",
 * "ceased", "quit"), which put the state they govern in its phase.
 */
public final class AspectVerbs {

    static final String GOING_ON_FILE = "verbs-of-going-on.txt";
    static final String ENDING_FILE = "verbs-of-ending.txt";
    private static final Map<String, String> GOING_ON = WordFormsFile.read(GOING_ON_FILE);
    private static final Map<String, String> ENDING = WordFormsFile.read(ENDING_FILE);

    private AspectVerbs() {
    }

    /** "resumed", "continues", "returned": the state goes on (again). */
    public static boolean goesOn(String lowerWord) {
        return GOING_ON.containsKey(lowerWord);
    }

    /** "stopped", "ceased": the state holds no longer. */
    public static boolean ends(String lowerWord) {
        return ENDING.containsKey(lowerWord);
    }
}

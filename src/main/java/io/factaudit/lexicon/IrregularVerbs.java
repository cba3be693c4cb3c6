package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;

/** The irregular past forms of English verbs ("told", "fought", "began"): drawn from WordNet by {@link IrregularVerbsSource}. */
public final class IrregularVerbs {

    static final String FILE = "irregular-verbs.txt";
    private static final Map<String, String> BASE_OF_FORM = WordFormsFile.read(FILE);

    private IrregularVerbs() {
    }

    /** Whether a word is an irregular past or past participle (a base form is not). */
    public static boolean isPast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String base = BASE_OF_FORM.get(w);
        return base != null && !base.equals(w);
    }
}

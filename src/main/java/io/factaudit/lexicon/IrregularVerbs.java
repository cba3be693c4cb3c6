package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;

/** The irregular past forms of English verbs ("told", "fought", "began"): drawn from WordNet by {@link IrregularVerbsSource}. */
public final class IrregularVerbs {

    static final String FILE = "irregular-verbs.txt";
    private static final Map<String, String> BASE_OF_FORM = WordFormsFile.read(FILE);

    private static final java.util.Set<String> BASES_WITH_PAST = BASE_OF_FORM.entrySet().stream()
        .filter(e -> !e.getKey().equals(e.getValue())).map(Map.Entry::getValue).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private IrregularVerbs() {
    }

    /** Whether a base form has an irregular past of its own ("meet": "met"); "hit" and "cut" have none. */
    public static boolean hasIrregularPast(String base) {
        return BASES_WITH_PAST.contains(base.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is an irregular past or past participle (a base form is not). */
    public static boolean isPast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String base = BASE_OF_FORM.get(w);
        return base != null && !base.equals(w);
    }
}

package io.factaudit.lexicon;

import java.util.Map;

/** Verbs of harm in every inflection ("killed", "wounded", "captured", "died"): drawn from WordNet by {@link VerbsOfHarmSource}. */
public final class VerbsOfHarm {

    static final String FILE = "verbs-of-harm.txt";
    private static final Map<String, String> LEMMA_OF_FORM = WordFormsFile.read(FILE);

    private VerbsOfHarm() {
    }

    public static boolean contains(String lowerWord) {
        return LEMMA_OF_FORM.containsKey(lowerWord);
    }
}

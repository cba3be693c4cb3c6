package io.factaudit.lexicon;

import java.util.Map;

/**
 * Verbs of saying and reporting, in every inflection ("said", "stressed", "estimates", "told"):
 * the one class the readers use to find who said a thing or gave a figure. Drawn from WordNet by
 * {@link VerbsOfSayingSource} and committed, so the audit loads a few kilobytes rather than the
 * dictionary.
 */
public final class VerbsOfSaying {

    static final String FILE = "verbs-of-saying.txt";
    private static final Map<String, String> LEMMA_OF_FORM = WordFormsFile.read(FILE);

    private VerbsOfSaying() {
    }

    /** Whether a lower-case word is a form of a verb of saying. */
    public static boolean contains(String lowerWord) {
        return LEMMA_OF_FORM.containsKey(lowerWord);
    }

    /** The verb's base form, or null when the word is not a verb of saying. */
    public static String lemma(String lowerWord) {
        return LEMMA_OF_FORM.get(lowerWord);
    }

    /** Every form of every verb of the class, with its lemma. */
    public static Map<String, String> forms() {
        return LEMMA_OF_FORM;
    }

}

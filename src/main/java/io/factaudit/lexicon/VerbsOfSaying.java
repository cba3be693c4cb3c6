package io.factaudit.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Verbs of saying and reporting, in every inflection ("said", "stressed", "estimates", "told"):
 * the one class the readers use to find who said a thing or gave a figure. Drawn from WordNet by
 * {@link VerbsOfSayingSource} and committed, so the audit loads a few kilobytes rather than the
 * dictionary.
 */
public final class VerbsOfSaying {

    static final String FILE = "verbs-of-saying.txt";
    private static final Map<String, String> LEMMA_OF_FORM = load();

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
        return Map.copyOf(LEMMA_OF_FORM);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = VerbsOfSaying.class.getResourceAsStream(FILE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.trim().split(" ");
                for (String f : forms) {
                    map.putIfAbsent(f, forms[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}

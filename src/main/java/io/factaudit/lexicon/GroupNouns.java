package io.factaudit.lexicon;

import java.util.Map;

/** Collective nouns ("force", "contingent", "crowd"), singular and plural: drawn from WordNet by {@link GroupNounsSource}. */
public final class GroupNouns {

    static final String FILE = "nouns-of-groups.txt";
    private static final Map<String, String> LEMMA_OF_FORM = WordFormsFile.read(FILE);

    private GroupNouns() {
    }

    public static boolean contains(String lowerWord) {
        return LEMMA_OF_FORM.containsKey(lowerWord);
    }
}

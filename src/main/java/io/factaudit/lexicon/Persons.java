package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.data.POS;

/** Nouns that name a person: every noun WordNet puts below "person, individual" ("voter", "striker", "evacuee"). */
public final class Persons {

    private static final int DEPTH = 14;
    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();
    private static volatile Set<Long> root;

    private Persons() {
    }

    /** Whether the word, as a noun in any of its forms, names a person in its most frequent sense. */
    public static boolean isPerson(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), Persons::compute);
    }

    private static boolean compute(String word) {
        for (String lemma : WordNet.lemmas(word, POS.NOUN)) {
            var senses = WordNet.senses(lemma, POS.NOUN);
            // the first sense only: "job" is also a man of the Old Testament, "case" also a person of a kind
            if (!senses.isEmpty() && WordNet.isA(senses.get(0), roots(), DEPTH)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> roots() {
        if (root == null) {
            root = Set.of(WordNet.sense("person", POS.NOUN, "a human being").getOffset());
        }
        return root;
    }
}

package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of citing, in any inflection: WordNet's verbs with a sense "cite: repeat a passage from" or
 * "cite: refer to for illustration or proof" among their first five ("citing", "quoted", "cites").
 * The one cited after them ("X said, citing Y") is whose words or figures are passed on.
 */
public final class CitingVerbs {

    private static final int SENSES = 5;
    private static final WordMemo<Boolean> CACHE = new WordMemo<>();
    private static volatile Set<Long> roots;

    private CitingVerbs() {
    }

    /** Whether a lower-case word is a form of a verb of citing. */
    public static boolean contains(String lowerWord) {
        return CACHE.computeIfAbsent(lowerWord.toLowerCase(Locale.ROOT), CitingVerbs::compute);
    }

    private static boolean compute(String word) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLetter) || ClosedClass.contains(word)) {
            return false;
        }
        for (String lemma : WordNet.lemmas(word, POS.VERB)) {
            for (Synset s : WordNet.senses(lemma, POS.VERB).stream().limit(SENSES).toList()) {
                if (roots().contains(s.getOffset())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Long> roots() {
        if (roots == null) {
            roots = Set.of(WordNet.sense("cite", POS.VERB, "repeat a passage from").getOffset(),
                WordNet.sense("cite", POS.VERB, "refer to for illustration or proof").getOffset());
        }
        return roots;
    }
}

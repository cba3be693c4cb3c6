package io.factaudit.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of arriving, in any inflection: WordNet's verbs of motion whose most or second most frequent
 * sense is or lies below "enter: to come or go into" or "arrive: reach a destination" ("entered",
 * "arrives", "reached", "landed"). Their object or the place after them is where the movers now are
 * ("have entered X"); "fled X" and "left X" name where they were, and are not in the class.
 */
public final class ArrivalVerbs {

    private static final int DEPTH = 3;
    private static final WordMemo<Boolean> CACHE = new WordMemo<>();
    private static volatile Set<Long> roots;

    private ArrivalVerbs() {
    }

    /** Whether a lower-case word is a form of a verb of arriving. */
    public static boolean contains(String lowerWord) {
        return CACHE.computeIfAbsent(lowerWord.toLowerCase(Locale.ROOT), ArrivalVerbs::compute);
    }

    private static boolean compute(String word) {
        if (word.isEmpty() || !word.chars().allMatch(Character::isLetter) || ClosedClass.contains(word)) {
            return false;
        }
        for (String lemma : WordNet.lemmas(word, POS.VERB)) {
            List<Synset> senses = WordNet.senses(lemma, POS.VERB);
            if (senses.stream().limit(2).anyMatch(s -> WordNet.isA(s, roots(), DEPTH))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> roots() {
        if (roots == null) {
            roots = Set.of(WordNet.sense("enter", POS.VERB, "to come or go into").getOffset(),
                WordNet.sense("arrive", POS.VERB, "reach a destination").getOffset());
        }
        return roots;
    }
}

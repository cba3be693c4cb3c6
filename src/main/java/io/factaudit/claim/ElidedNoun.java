package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.Locatives;
import java.util.List;
import java.util.function.Predicate;

/**
 * A count whose noun a headline or a short line leaves out: "Floods kill at least nine in X",
 * "Storm kills 12". The verb before the number says what is counted (one of the subject's heads),
 * and nothing but a place, a pause or the line's end follows it.
 */
final class ElidedNoun {

    private ElidedNoun() {
    }

    /**
     * Whether the number at word {@code first} (next word {@code after}) is counted by the head verb
     * just before it; a preposition followed by another of the sentence's {@code numbers} makes a
     * proportion ("nine in ten"), not a place.
     */
    static boolean saidBefore(List<Words.Word> words, int first, int after, Predicate<String> isHead, List<Span> numbers) {
        if (first < 1 || !isHead.test(words.get(first - 1).lower()) || words.get(first - 1).capitalized()) {
            return false;
        }
        if (after >= words.size() || words.get(after).punctuation()) {
            return true;
        }
        return Locatives.PREPOSITIONS.contains(words.get(after).lower()) && after + 1 < words.size()
            && numbers.stream().noneMatch(n -> n.overlaps(words.get(after + 1).span()));
    }
}

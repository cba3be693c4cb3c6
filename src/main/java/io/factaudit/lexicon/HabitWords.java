package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * The words that make a figure a habit rather than a count of one occasion, from WordNet 3.1: the
 * adverbs of the senses "under normal conditions" (usually, normally, ordinarily), "usually; as a
 * rule" (generally) and "in a typical manner" (typically), and the adjectives of the senses
 * "occurring ... in accordance with regular practice" (usual, common), "conforming with ... a norm"
 * (normal) and "exhibiting the qualities ... of a group" (typical), which make "a typical day" a
 * habit's time: "the route usually carries 400 passengers", "on a normal weekday, 120 ride".
 */
public final class HabitWords {

    private static volatile Set<String> adverbs;
    private static volatile Set<String> adjectives;

    private HabitWords() {
    }

    private static Set<String> lemmas(List<Synset> senses) {
        Set<String> words = new HashSet<>();
        for (Synset s : senses) {
            for (Word w : s.getWords()) {
                words.add(w.getLemma().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    /** Whether a word is an adverb of habit ("usually", "normally", "typically", "generally"). */
    public static boolean isAdverb(String word) {
        Set<String> a = adverbs;
        if (a == null) {
            a = lemmas(List.of(WordNet.sense("usually", POS.ADVERB, "under normal conditions"),
                WordNet.sense("generally", POS.ADVERB, "usually; as a rule"),
                WordNet.sense("typically", POS.ADVERB, "in a typical manner")));
            adverbs = a;
        }
        return a.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is an adjective of habit ("usual", "normal", "typical") that makes a time a habit's. */
    public static boolean isAdjective(String word) {
        Set<String> a = adjectives;
        if (a == null) {
            a = lemmas(List.of(WordNet.sense("usual", POS.ADJECTIVE, "occurring or encountered"),
                WordNet.sense("normal", POS.ADJECTIVE, "conforming with or constituting a norm"),
                WordNet.sense("typical", POS.ADJECTIVE, "exhibiting the qualities")));
            adjectives = a;
        }
        return a.contains(word.toLowerCase(Locale.ROOT));
    }
}

package io.factaudit.claim;

import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordForms;

/**
 * A noun's post-modifier standing between the words of an event's wording: a phrase that opens
 * with a preposition after a noun and holds only words of noun groups ("Ferries from Osk, Lisk and
 * two other ports sailed"; "crews in the northern districts struck"). It may be longer than the
 * few words other gaps allow, for it names where or which, and no verb of its own.
 */
final class PostModifier {

    private static final int MOST_WORDS = 10;

    /** The gap: every word in a post-modifier that opens after a noun. */
    static final Gap GAP = Gap.of(MOST_WORDS, PostModifier::within);

    private PostModifier() {
    }

    /** Whether word {@code i} stands in a post-modifier: back from it, noun-group words to a preposition after a noun. */
    private static boolean within(SentenceWords w, int i) {
        for (int j = i; j >= 1 && j >= i - MOST_WORDS; j--) {
            if (!nounGroupWord(w, j)) {
                return false;
            }
            if (Lexicon.PREPOSITIONS.contains(w.lower(j))) {
                return !w.get(j - 1).isPunctuation() && WordForms.isPluralNoun(w.lower(j - 1));
            }
        }
        return false;
    }

    private static boolean nounGroupWord(SentenceWords w, int j) {
        String word = w.lower(j);
        return Lexicon.PREPOSITIONS.contains(word) || word.equals(",") || ClosedClass.COORDINATORS.contains(word)
            || Lexicon.isNominal(w.get(j)) && !Lexicon.looksVerbal(word);
    }
}

package io.factaudit.claim;

import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordForms;

/**
 * A noun's post-modifier standing between the words of an event's wording: a phrase that opens
 * with a preposition after a noun and holds only words of noun groups ("Ferries from Osk, Lisk and
 * two other ports sailed"; "crews in the northern districts struck"), or a relative clause set off
 * by commas ("Ferries from Osk, which carry 900 commuters a day, halted"). It may be longer than
 * the few words other gaps allow, for it names where or which.
 */
final class PostModifier {

    private static final int MOST_WORDS = 10;
    private static final int MOST_CLAUSE_WORDS = 12;

    /** The gap: every word in a post-modifier that opens after a noun. */
    static final Gap GAP = Gap.of(MOST_WORDS + MOST_CLAUSE_WORDS, (w, i) -> within(w, i) || inRelativeAside(w, i));

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

    /** Whether word {@code i} stands in a relative clause set off by commas: ", which carry 900 commuters a day,". */
    private static boolean inRelativeAside(SentenceWords w, int i) {
        int open = -1;
        for (int j = i; j >= 0 && j >= i - MOST_CLAUSE_WORDS; j--) {
            if (w.lower(j).equals(",") && j + 1 < w.size() && ClosedClass.RELATIVE_PRONOUNS.contains(w.lower(j + 1))) {
                open = j;
                break;
            }
            if (j != i && (w.lower(j).equals(",") || w.get(j).isPunctuation() && !w.lower(j).equals("'s"))) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = Math.max(i, open + 2); k < w.size() && k <= open + MOST_CLAUSE_WORDS; k++) {
            if (w.lower(k).equals(",")) {
                return true;
            }
            if (w.get(k).isPunctuation() && !w.lower(k).equals("'s")) {
                return false;
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

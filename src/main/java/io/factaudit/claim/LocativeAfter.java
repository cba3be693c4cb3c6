package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;

/**
 * A locative phrase after the number, in its clause and before the next number: "30 people died in
 * X", "15 of them in X", "23 in X and 11 in Y" (each part up to the next), "in and around X".
 */
final class LocativeAfter implements PlaceRule {

    static final int REACH = 12;

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        for (int i = after; i < Math.min(s.size(), after + REACH); i++) {
            if (s.clauseBreak(i) || s.isNumber(i) || coordinatesAnother(s, i)) {
                return null;
            }
            if (Locatives.PREPOSITIONS.contains(s.word(i).lower())) {
                Mention m = placeAfterPreposition(s, i);
                if (m != null) {
                    return m.name();
                }
            }
        }
        return null;
    }

    /** "in and around X", "in the X", "across the state of X": the place the preposition opens, or null. */
    static Mention placeAfterPreposition(PlaceSentence s, int preposition) {
        int j = preposition + 1;
        while (j < s.size() && j <= preposition + 3 && (s.word(j).is("and", "the", "or")
            || Locatives.PREPOSITIONS.contains(s.word(j).lower()))) {
            j++;
        }
        return s.startingAt(j);
    }

    /** "... and 11 in Y": the next coordinated part begins. */
    private static boolean coordinatesAnother(PlaceSentence s, int i) {
        return s.word(i).is("and", "or", "while", "but") && i + 1 < s.size()
            && (s.isNumber(i + 1) || i + 2 < s.size() && s.isNumber(i + 2));
    }
}

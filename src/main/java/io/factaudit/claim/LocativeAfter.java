package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.ArrivalVerbs;
import io.factaudit.lexicon.Locatives;

/**
 * A locative phrase after the number, in its clause and before the next number: "30 people died in
 * X", "15 of them in X", "23 in X and 11 in Y" (each part up to the next), "in and around X", "ten
 * of them were from X".
 */
final class LocativeAfter implements PlaceRule {

    @Override
    public String name() {
        return "a locative phrase after the number";
    }

    static final int REACH = 12;

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        for (int i = after; i < Math.min(s.size(), after + REACH); i++) {
            if (s.clauseBreak(i) || s.isNumber(i) || coordinatesAnother(s, i) || anotherPredicate(s, i)
                || SubordinateClause.opens(s, i)) { // "74 arrests as crowds marched in X": X is where they marched
                return null;
            }
            if (Locatives.PREPOSITIONS.contains(s.word(i).lower()) || origin(s, i) || arrival(s, i)) {
                Mention m = placeAfterPreposition(s, i);
                if (m != null) {
                    return listed(s, m) ? TOGETHER : m.name();
                }
            }
        }
        return null;
    }

    /**
     * "in and around X", "in the X", "in neighboring X", "at the company's X plant": the place the
     * preposition opens, after determiners, adjectives and an owner, or null.
     */
    static Mention placeAfterPreposition(PlaceSentence s, int preposition) {
        int j = preposition + 1;
        while (j < s.size() && j <= preposition + 3 && s.startingAt(j) == null && (s.word(j).is("and", "the", "or")
            || Locatives.PREPOSITIONS.contains(s.word(j).lower()) || s.tag(j).equals("DET") || s.tag(j).equals("ADJ")
            || s.possessive(j) || participle(s.word(j)))) {
            j++;
        }
        return s.startingAt(j);
    }

    /** "in X and Y", "into X, Y and Z": the place opens a list of places, and the count is of them together. */
    static boolean listed(PlaceSentence s, Mention m) {
        int i = s.after(m);
        if (i + 1 >= s.size() || !s.word(i).is("and", "or", ",", "&")) {
            return false;
        }
        int j = i + 1;
        while (j < s.size() && j <= i + 2 && s.startingAt(j) == null && (s.word(j).is("the") || s.tag(j).equals("ADJ"))) {
            j++;
        }
        Mention next = s.startingAt(j);
        // "in X and Y's health department 137": Y owns the next count; "in X, the capital": the same place again
        return next != null && !s.possessive(s.after(next) - 1) && !next.name().equals(m.name());
    }

    /** "ten of them were from X": where people come from, said of them by a copula, puts them there. */
    private static boolean origin(PlaceSentence s, int i) {
        return s.word(i).is("from") && i > 0 && s.tag(i - 1).equals("AUX");
    }

    /** "have entered X", "reached X": a verb of arriving (WordNet) whose object is where the movers now are. */
    private static boolean arrival(PlaceSentence s, int i) {
        return s.tag(i).equals("VERB") && ArrivalVerbs.contains(s.word(i).lower());
    }

    /** "in neighbouring X", "in flooded X": a participle used as an adjective before the place. */
    private static boolean participle(Words.Word w) {
        return !w.capitalized() && (w.lower().endsWith("ing") || w.lower().endsWith("ed"));
    }

    /** "5,300 and will close its plant in Y": a coordinated verb group says something else. */
    private static boolean anotherPredicate(PlaceSentence s, int i) {
        if (!s.word(i).is("and", "or", "but") || i + 1 >= s.size()) {
            return false;
        }
        int j = s.tag(i + 1).equals("ADV") && i + 2 < s.size() ? i + 2 : i + 1;
        return s.tag(j).equals("VERB") || s.tag(j).equals("AUX");
    }

    /** "... and 11 in Y": the next coordinated part begins. */
    private static boolean coordinatesAnother(PlaceSentence s, int i) {
        return s.word(i).is("and", "or", "while", "but") && i + 1 < s.size()
            && (s.isNumber(i + 1) || i + 2 < s.size() && s.isNumber(i + 2));
    }
}

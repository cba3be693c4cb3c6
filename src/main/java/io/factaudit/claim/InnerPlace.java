package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;

/**
 * A count placed in a place and, nearer the number in its clause, in a place the sheet puts within it: the inner
 * place is where it is ("the remaining three deaths in the valley were in X", X within the valley;
 * "40 cases across the state, all of them in X county" is read by the partition rules instead).
 */
final class InnerPlace {

    static final String NAME = "a place within it nearer the number in its clause";

    private InnerPlace() {
    }

    /** The place within {@code place} that a locative phrase after the number names in its clause, or null. */
    static String within(PlaceSentence s, int after, String place) {
        for (int i = after; i < s.size(); i++) {
            if (s.clauseBreak(i) || s.isNumber(i) || SubordinateClause.opens(s, i)) {
                return null;
            }
            if (Locatives.PREPOSITIONS.contains(s.word(i).lower())) {
                Mention m = LocativeAfter.placeAfterPreposition(s, i);
                if (m != null && s.passage().holds(place, m.name())) {
                    return m.name();
                }
            }
        }
        return null;
    }

    /**
     * The place within {@code place} named between it and the number in the number's clause, nearest
     * the number, no other number between: "In the province, X county has 40 of its cases" is X's
     * count, X within the province; in "40 in X and 12 in the province" the province keeps its 12.
     */
    static String before(PlaceSentence s, int first, String place) {
        for (int i = first - 1; i >= 0 && !s.clauseBreak(i) && !s.isNumber(i); i--) {
            Mention m = s.startingAt(i);
            if (m != null && s.passage().holds(place, m.name()) && namedBefore(s, i, place)) {
                return m.name();
            }
        }
        return null;
    }

    private static boolean namedBefore(PlaceSentence s, int inner, String place) {
        for (int i = inner - 1; i >= 0; i--) {
            Mention m = s.startingAt(i);
            if (m != null && m.name().equals(place)) {
                return true;
            }
        }
        return false;
    }
}

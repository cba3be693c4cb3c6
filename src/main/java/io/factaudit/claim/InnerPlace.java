package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;

/**
 * A count placed in a place and, later in its clause, in a place the sheet puts within it: the inner
 * place is where it is ("the remaining three deaths in the valley were in X", X within the valley;
 * "40 cases across the state, all of them in X county" is read by the partition rules instead).
 */
final class InnerPlace {

    static final String NAME = "a place within it later in the clause";

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
}

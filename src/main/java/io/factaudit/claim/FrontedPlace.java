package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Locatives;

/**
 * A prepositional phrase fronted before the main clause, closed by a comma, that puts it in a place:
 * "In X, officials reported 25 cases", "In the X district alone, the agency counted 40", "Across the
 * state line in X, the agency counted 26". It
 * locates the counts of the clause it opens; a phrase that opens with a verb ("Speaking in X, the
 * minister said") says where the figure was told, not where it is.
 */
final class FrontedPlace implements PlaceRule {

    @Override
    public String name() {
        return "a fronted place phrase";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        if (s.size() == 0 || !ClosedClass.PREPOSITIONS.contains(s.word(0).lower()) && !Locatives.PREPOSITIONS.contains(s.word(0).lower())) {
            return null;
        }
        int comma = -1;
        for (int i = 1; i < first && comma < 0; i++) {
            if (s.word(i).is(",")) {
                comma = i;
            } else if (s.clauseBreak(i) || s.isNumber(i) || s.tag(i).equals("VERB")) {
                return null;
            }
        }
        if (comma < 0) {
            return null;
        }
        for (int i = comma - 1; i > 0; i--) {
            Mention m = s.startingAt(i);
            if (m != null && (Locatives.PREPOSITIONS.contains(s.word(i - 1).lower())
                || i > 1 && s.word(i - 1).is("the") && Locatives.PREPOSITIONS.contains(s.word(i - 2).lower()))) {
                return m.name(); // "In X, ...", "In the X district alone, ..."
            }
        }
        return null;
    }
}

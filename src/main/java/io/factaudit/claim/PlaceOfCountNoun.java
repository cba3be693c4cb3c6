package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;

/**
 * A place before the number in its clause, owning or locating what the number counts: a fronted
 * "In X, 25 ...", "the toll in X rose to 25", a possessive "X's toll stood at 25".
 */
final class PlaceOfCountNoun implements PlaceRule {

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        int opener = ClauseBefore.opener(s, first);
        for (int i = first - 1; i > opener; i--) {
            Mention m = s.startingAt(i);
            if (m != null && (possessive(s, m) || i > 0 && Locatives.PREPOSITIONS.contains(s.word(i - 1).lower())
                || i > 1 && s.word(i - 1).is("the") && Locatives.PREPOSITIONS.contains(s.word(i - 2).lower()))) {
                return m.name();
            }
        }
        return null;
    }

    /** "X's", "Xs'": the place's name is followed by a possessive ending. */
    static boolean possessive(PlaceSentence s, Mention m) {
        for (Words.Word w : s.words()) {
            if (w.span().start() >= m.span().start() && w.span().end() >= m.span().end() && w.span().start() < m.span().end() + 1) {
                if (w.lower().endsWith("'s") || w.lower().endsWith("s'")) {
                    return true;
                }
            }
            if (w.span().start() == m.span().end() && w.is("'")) {
                return true;
            }
        }
        return false;
    }
}

package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Locatives;

/**
 * A place before the number in its clause, owning or locating what the number counts: a fronted
 * "In X, 25 ...", "the toll in X rose to 25", a possessive "X's toll stood at 25", a modifier of
 * the count noun linked to the number "X job losses at 1,800", "X count climbs to 48", a "for"
 * after a noun "the figure for X was 318".
 */
final class PlaceOfCountNoun implements PlaceRule {

    @Override
    public String name() {
        return "a place owning or locating the count noun";
    }

    /** Words between a count noun and its number: "will reach", "climbed to about". */
    private static final int LINK = 4;

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        int opener = ClauseBefore.opener(s, first);
        for (int i = first - 1; i > opener; i--) {
            Mention m = s.startingAt(i);
            if (m != null && (possessive(s, m) || i > 0 && Locatives.PREPOSITIONS.contains(s.word(i - 1).lower())
                || i > 1 && s.word(i - 1).is("the") && Locatives.PREPOSITIONS.contains(s.word(i - 2).lower())
                || modifiesLinkedNoun(s, m, first) || forNoun(s, i))) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * The place modifies a common noun group ("X job losses", "X cases") from which only a few words
     * that are not nouns lead to the number ("at about", "climb above", "will reach").
     */
    private static boolean modifiesLinkedNoun(PlaceSentence s, Mention m, int first) {
        int j = s.after(m);
        if (j >= first || !isCommonNoun(s, j)) {
            return false;
        }
        while (j < first && isCommonNoun(s, j)) {
            j++;
        }
        if (first - j > LINK) {
            return false;
        }
        for (int i = j; i < first; i++) {
            if (s.word(i).punctuation() || s.tag(i).equals("NOUN") || s.tag(i).equals("PROPN") || s.tag(i).equals("PRON")) {
                return false;
            }
        }
        return true;
    }

    /** "the figure for X", "the toll for the X": "for" after a noun names what the figure is kept for. */
    private static boolean forNoun(PlaceSentence s, int i) {
        int f = i - 1;
        if (f > 0 && s.word(f).is("the")) {
            f--;
        }
        if (f < 1 || !s.word(f).is("for")) {
            return false;
        }
        String before = f > 1 ? s.word(f - 2).lower() : "";
        // the tagger may take "figure" for a verb; after a determiner or an owner it heads a noun group
        return s.tag(f - 1).equals("NOUN") || ClosedClass.DETERMINERS.contains(before) || before.endsWith("'s")
            || f > 1 && s.tag(f - 2).equals("NOUN");
    }

    private static boolean isCommonNoun(PlaceSentence s, int i) {
        return !s.word(i).punctuation() && s.tag(i).equals("NOUN");
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

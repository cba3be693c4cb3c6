package io.factaudit.claim;

import java.util.List;

/**
 * A rule that sets a number aside: a capitalized modifier of what is counted that is not in the
 * subject's name ("600,000 Russian soldiers" for a sheet of North Korean troops) names another
 * force. A capitalized word just before the number starts the sentence and is no modifier; a place
 * the sheet keeps counts for, written as a noun ("300 Osk households"), locates the count instead
 * ({@link PlaceModifier}); an adjective of one ("300 Oskan households") says who they are, not where.
 * A source of the sheet there names the owner of what is counted ("120,000 Volta Power customers").
 */
final class AnotherForce {

    static final String NAME = "another force";

    private AnotherForce() {
    }

    /** The modifier that names another force, or -1. */
    static int among(CountSentence s, List<Integer> modifiers, int first) {
        for (int m : modifiers) {
            Words.Word w = s.word(m);
            if (w.capitalized() && !s.context().isKeywordWord(w.lower()) && !(m == first - 1)
                && !(s.context().places().names(w.span()) && !s.tag(w).equals("ADJ"))
                && !s.context().sources().names(s.span(), w.span())) {
                return m;
            }
        }
        return -1;
    }
}

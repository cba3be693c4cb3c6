package io.factaudit.claim;

import java.util.List;

/**
 * A rule that sets a number aside: a capitalized modifier of what is counted that is not in the
 * subject's name ("600,000 Russian soldiers" for a sheet of North Korean troops) names another
 * force. A capitalized word just before the number starts the sentence and is no modifier; a place
 * the sheet keeps counts for, written as a noun ("300 Osk households"), locates the count instead
 * ({@link PlaceModifier}); an adjective of one ("300 Oskan households") says who they are, not where.
 * Only a subject whose name carries a name of its own (North Korean troops) has another force: a
 * subject named by common words alone ("kettles recalled", "parcels delayed") is narrowed,
 * not replaced, by a modifier the sheet names, a place or a source that owns what is counted
 * ("9,000 Brenmark kettles", "120,000 Volta Power customers").
 */
final class AnotherForce {

    static final String NAME = "another force";

    private AnotherForce() {
    }

    /** The modifier that names another force, or -1; {@code head} is the word counted, or -1. */
    static int among(CountSentence s, List<Integer> modifiers, int first, int head) {
        boolean owned = owned(s, head);
        for (int m : modifiers) {
            Words.Word w = s.word(m);
            if (w.capitalized() && !s.context().isKeywordWord(w.lower()) && !(m == first - 1)
                && !(s.context().places().names(w.span()) && !s.tag(w).equals("ADJ"))
                && (owned || !s.context().namesOnSheet(s.span(), w.span()) && !s.context().sources().names(s.span(), w.span()))) {
                return m;
            }
        }
        return -1;
    }

    /** Whether a subject that counts the head (any subject, for no head) carries a name in its own. */
    static boolean owned(CountSentence s, int head) {
        List<SubjectProfile> counting = head < 0 ? List.of()
            : s.context().profiles().stream().filter(p -> p.heads().contains(s.word(head).lower())).toList();
        return (counting.isEmpty() ? s.context().profiles() : counting).stream().anyMatch(SubjectProfile::owned);
    }
}

package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import java.util.Set;

/**
 * A noun group with the subject's head that names a definite set, so that it may refer back to the
 * subject: a demonstrative or a quantifier of the whole, then numbers, "of", an owner and one
 * modifier before the head ("the schools", "the 14 schools", "all of its schools", "every school",
 * "both crossings", "the county's schools" when the owner is a word of the subject's own name).
 */
final class DefiniteGroup {

    static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "the");
    /** "this crossing", "that plan": of a singular head only ("that troops" opens a clause). */
    static final Set<String> SINGULAR_DEMONSTRATIVES = Set.of("this", "that");
    /** Quantifiers of a whole set: "all 14 schools", "every school", "both crossings". */
    private static final Set<String> WHOLE = Set.of("all", "every", "both", "each");
    private static final int LONGEST = 4;

    private DefiniteGroup() {
    }

    /** Whether word i may open such a group. */
    static boolean opens(SentenceWords w, int i) {
        String word = w.lower(i);
        return DEMONSTRATIVES.contains(word) || SINGULAR_DEMONSTRATIVES.contains(word) || WHOLE.contains(word);
    }

    /**
     * The head's index when a group opened at i reaches one of the heads, else -1; {@code nameWords}
     * are the lower-case words of the subject's spellings, which may own the head ("the county's").
     */
    static int head(SentenceWords w, int i, Set<String> heads, Set<String> nameWords) {
        if (!headWithin(w, i, heads)) {
            return -1; // no head to reach: the words between need no tags
        }
        boolean modifier = false;
        for (int k = i + 1; k <= i + LONGEST && k < w.size(); k++) {
            if (heads.contains(w.get(k).stem())) {
                boolean singular = SubjectReferences.isSingular(w.lower(k));
                return SINGULAR_DEMONSTRATIVES.contains(w.lower(i)) && !singular ? -1 : k;
            }
            String x = w.lower(k);
            boolean number = Character.isDigit(x.charAt(0)) || w.tag(k).equals("NUM");
            boolean owner = nameWords.contains(x) && w.lower(k + 1).equals("'s") || x.equals("'s") && k > i + 1
                && nameWords.contains(w.lower(k - 1));
            boolean whole = WHOLE.contains(w.lower(i)) && (x.equals("of") || x.equals("the")
                || ClosedClass.POSSESSIVE_DETERMINERS.contains(x));
            if (!number && !owner && !whole) {
                if (modifier || !w.tag(k).equals("ADJ")) {
                    return -1;
                }
                modifier = true; // "the two public schools"
            }
        }
        return -1;
    }

    /** Whether one of the heads stands among the words a group opened at i may reach. */
    private static boolean headWithin(SentenceWords w, int i, Set<String> heads) {
        for (int k = i + 1; k <= i + LONGEST && k < w.size(); k++) {
            if (heads.contains(w.get(k).stem())) {
                return true;
            }
        }
        return false;
    }
}

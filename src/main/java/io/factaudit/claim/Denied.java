package io.factaudit.claim;

import io.factaudit.article.Span;
import java.util.List;
import java.util.Set;

/**
 * A rule that sets a number aside: its clause denies it. A negator in the clause before the number
 * ("did not say that 3,000 ...", "there was no evidence that 3,000 ...", "has not cut 3,000 jobs"),
 * or in the verb group after what is counted ("3,000 people did not die", "40 cases have not been
 * confirmed"). A clause ends at a comma, a semicolon or a dash, so a negated aside does not count.
 */
final class Denied implements CountRule {

    /** English negators of a clause: a closed class no lexical resource marks. */
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    /** Auxiliary verbs that carry a negator in a verb group: a closed class. */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "have", "has", "had",
        "is", "are", "was", "were", "be", "been");

    @Override
    public String name() {
        return "denied";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        List<Words.Word> words = s.words();
        for (int i = n.first() - 1; i >= 0; i--) {
            Words.Word w = words.get(i);
            if (w.is(",", ";", ":", "\u2014", "(", "but")) {
                break;
            }
            if (NEGATORS.contains(w.lower()) && !comparative(words, i)) {
                return w.span();
            }
        }
        for (int i = n.end(); i < Math.min(words.size() - 1, n.end() + 2); i++) {
            if (AUXILIARIES.contains(words.get(i).lower())) {
                return NEGATORS.contains(words.get(i + 1).lower()) ? words.get(i).span().union(words.get(i + 1).span()) : null;
            }
        }
        return null;
    }

    /** "no more than", "no fewer than", "not least": a bound, not a denial. */
    private static boolean comparative(List<Words.Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).is("more", "fewer", "less", "least", "only", "just", "quite", "far",
            "until", "before");
    }
}

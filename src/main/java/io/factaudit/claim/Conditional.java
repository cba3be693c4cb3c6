package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;

/**
 * A rule that sets a number aside: it stands in a clause of condition ("if more than 500 evacuees
 * arrive, the hall closes", "the ward opens only if 40 patients need it", "unless 300 workers
 * sign"): a threshold the sentence supposes, not a count it states. The subordinator must open the
 * number's own clause, before it and with no clause break between.
 */
final class Conditional implements CountRule {

    static final String NAME = "a condition, not a count";

    /** How far before the number the subordinator is looked for. */
    private static final int REACH = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        for (int i = n.first() - 1; i >= Math.max(0, n.first() - REACH); i--) {
            Words.Word w = s.word(i);
            if (w.is(",", ";", ":", ".", "\u2014", "(", ")", "\"")) {
                return null;
            }
            if (ClosedClass.CONDITIONALS.contains(w.lower()) && !(i > 0 && s.word(i - 1).is("as"))) {
                return s.wordsSpan(i, n.end());
            }
        }
        return null;
    }
}

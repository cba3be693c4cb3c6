package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.StatisticNouns;

/** A rule that sets a number aside: "a combined 12,000", "the joint toll of 500" sums several subjects. */
final class CombinedFigure implements CountRule {

    @Override
    public String name() {
        return "a combined figure";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        for (int i = Math.max(0, n.first() - 5); i < n.first(); i++) {
            if (StatisticNouns.COMBINED.contains(s.word(i).lower())) {
                return s.word(i).span();
            }
        }
        return null;
    }
}

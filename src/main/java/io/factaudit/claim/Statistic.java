package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.StatisticNouns;

/**
 * A rule that sets a number aside: a noun of a statistic takes it with "of" ("the yearly average of
 * 2,000 households", "a median of 40 cases a week"): a figure over many occasions, not a count of
 * this one. The nouns are WordNet's ({@link StatisticNouns}).
 */
final class Statistic implements CountRule {

    static final String NAME = "a statistic, not a count";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int of = n.first() - 1;
        if (of < 1 || !s.word(of).is("of") || !StatisticNouns.contains(s.word(of - 1).lower())) {
            return null;
        }
        return s.wordsSpan(of - 1, of + 1);
    }
}

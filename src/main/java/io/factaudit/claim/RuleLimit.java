package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CapacityWords;
import io.factaudit.quantity.Hedge;

/**
 * A rule that sets a number aside: it is the limit a rule sets, not a count: an open number ("more
 * than", "up to", "fewer than") after a noun and "of", in a clause with a verb of forbidding or
 * limiting ("gatherings of more than 50 people are banned", "groups of up to 10 were limited").
 */
final class RuleLimit implements CountRule {

    static final String NAME = "a rule's limit, not a count";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * "gatherings of more than 50 people are banned", "groups of up to 10 are limited to": an open
     * number after a noun and "of", in a clause with a verb of forbidding or limiting, is a rule's limit.
     */
    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        Hedge h = n.quantity().hedge();
        int first = n.first();
        if (h != Hedge.MORE_THAN && h != Hedge.UP_TO && h != Hedge.FEWER_THAN || first < 2 || !s.word(first - 1).is("of")
            || !s.tag(s.word(first - 2)).equals("NOUN")) {
            return null;
        }
        for (int i = n.end(); i < Math.min(s.size(), n.end() + 6); i++) {
            Words.Word w = s.word(i);
            if (w.is(",", ";", ":", "\u2014")) {
                return null;
            }
            if (s.tag(w).equals("VERB") && CapacityWords.isRuleVerb(w.lower())) {
                return s.wordsSpan(first - 2, i + 1);
            }
        }
        return null;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;

/** A rule that sets a number aside: "another 1,500", "2,000 more", "an additional 3,000" add to a count, they are not it. */
final class Increment implements CountRule {

    @Override
    public String name() {
        return "an increment";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        if (n.first() >= 1 && s.word(n.first() - 1).is("another", "additional", "further", "extra")) {
            return s.word(n.first() - 1).span();
        }
        return n.after() < s.size() && s.word(n.after()).is("more", "additional", "extra", "further") ? s.word(n.after()).span() : null;
    }
}

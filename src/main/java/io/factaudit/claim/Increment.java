package io.factaudit.claim;

import io.factaudit.article.Span;

/** A rule that sets a number aside: "another 1,500", "2,000 more", "an additional 3,000" add to a count, they are not it. */
final class Increment implements CountRule {

    /** What follows a number that adds to a count: "2,000 more". */
    static final java.util.Set<String> AFTER = java.util.Set.of("more", "additional", "extra", "further");

    @Override
    public String name() {
        return "an increment";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        if (n.first() >= 1 && s.word(n.first() - 1).is("another", "additional", "further", "extra")) {
            return s.word(n.first() - 1).span();
        }
        return n.after() < s.size() && AFTER.contains(s.word(n.after()).lower()) ? s.word(n.after()).span() : null;
    }
}

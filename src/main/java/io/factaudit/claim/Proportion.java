package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * A rule that sets a number aside: it is one side of a proportion, a number of what is counted for
 * a number of something else ("one evacuee for every three residents", "two cases per 1,000
 * children", "nine out of ten voters"), not a count.
 */
final class Proportion implements CountRule {

    static final String NAME = "a proportion";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int f = n.first();
        if (f >= 1 && s.word(f - 1).is("per") || f >= 2 && s.word(f - 1).is("every", "each") && s.word(f - 2).is("for", "in", "of")) {
            return s.wordsSpan(f - (s.word(f - 1).is("per") ? 1 : 2), n.end()); // the other side: "per 1,000 residents"
        }
        int i = n.end();
        int j = i;
        if (j < s.size() && s.word(j).is("for", "in", "out") && j + 1 < s.size() && s.word(j + 1).is("every", "each", "of")) {
            j += 2;
            if (j < s.size() && s.word(j).is("every", "each")) {
                j++; // "out of every ten"
            }
        } else if (j < s.size() && s.word(j).is("per")) {
            j++;
        } else {
            return null;
        }
        return j < s.size() && (Character.isDigit(s.word(j).written().charAt(0)) || s.tag(s.word(j)).equals("NUM"))
            ? s.wordsSpan(n.first(), j + 1) : null;
    }
}

package io.factaudit.claim;

import io.factaudit.language.Mention;

/**
 * "Nurses went to X, where 21 cases were logged", "X, where the company expects to shed 1,400
 * jobs rather than the 900 it announced": the place a relative "where" follows, for every count of
 * the relative clause up to its closing comma.
 */
final class RelativeWhere implements PlaceRule {

    @Override
    public String name() {
        return "a relative \"where\" after a place";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        for (int i = first - 1; i > 0; i--) {
            Words.Word w = s.word(i);
            if (w.is("where")) {
                int last = s.word(i - 1).is(",") && i > 1 ? i - 2 : i - 1;
                Mention m = s.endingAt(last);
                return m != null && m.span().end() == s.word(last).span().end() ? m.name() : null;
            }
            if (s.clauseBreak(i) || w.is("as", "while", "when", "because", "although", "whereas")) {
                return null;
            }
        }
        return null;
    }
}

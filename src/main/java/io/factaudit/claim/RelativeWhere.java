package io.factaudit.claim;

import io.factaudit.language.Mention;

/** "Nurses went to X, where 21 cases were logged": the place a relative "where" opening the number's clause follows. */
final class RelativeWhere implements PlaceRule {

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        int opener = ClauseBefore.opener(s, first);
        if (opener < 1 || !s.word(opener).is("where")) {
            return null;
        }
        int last = s.word(opener - 1).is(",") && opener > 1 ? opener - 2 : opener - 1;
        Mention m = endingWith(s, last);
        return m == null ? null : m.name();
    }

    private static Mention endingWith(PlaceSentence s, int i) {
        Mention m = s.endingAt(i);
        return m != null && m.span().end() == s.word(i).span().end() ? m : null;
    }
}

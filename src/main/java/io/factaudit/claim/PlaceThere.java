package io.factaudit.claim;

import io.factaudit.lexicon.Locatives;

/**
 * "there" after the number in its clause ("At least 40 people have died there", not the "there are"
 * before it): the place named last before the sentence in its passage.
 */
final class PlaceThere implements PlaceRule {

    @Override
    public String name() {
        return "\"there\", back to the passage's place";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        if (s.words().stream().noneMatch(w -> w.is(Locatives.THERE))) {
            return null;
        }
        for (int i = after; i < Math.min(s.size(), after + LocativeAfter.REACH); i++) {
            if (s.clauseBreak(i) || s.isNumber(i)) {
                return null;
            }
            if (s.word(i).is(Locatives.THERE)) {
                return s.passage().lastBefore(s.span());
            }
        }
        return null;
    }
}

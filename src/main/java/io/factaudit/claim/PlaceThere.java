package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Locatives;
import io.factaudit.lexicon.WordForms;

/**
 * "there" after the number in its clause ("At least 40 people have died there", not the "there are"
 * before it), or right after the noun of the one who counts, before the number ("Officials there
 * counted 40 cases"): the place named last before the sentence in its passage.
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
        if (afterCounter(s, first)) {
            return s.passage().lastBefore(s.span());
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

    /**
     * "Police there counted 7,200", "Officials there say 40": "there" after a noun and before a verb, in
     * the number's clause; the existential "there are", "there have been" is followed by a verb of being.
     */
    private static boolean afterCounter(PlaceSentence s, int first) {
        for (int i = first - 1; i > 0 && i >= first - LocativeAfter.REACH; i--) {
            if (s.clauseBreak(i) || s.isNumber(i)) {
                return false;
            }
            if (s.word(i).is(Locatives.THERE) && i + 1 < first) {
                String before = s.tag(i - 1);
                String next = s.word(i + 1).lower();
                boolean noun = before.equals("NOUN") || before.equals("PROPN") || WordForms.isNoun(s.word(i - 1).lower());
                boolean verb = s.tag(i + 1).equals("VERB") || WordForms.isInflectedVerb(next);
                return noun && verb && !ClosedClass.AUXILIARIES.contains(next) && !ClosedClass.MODALS.contains(next);
            }
        }
        return false;
    }
}

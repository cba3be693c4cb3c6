package io.factaudit.claim;

import io.factaudit.language.Mention;

/**
 * A place right before "with" and the number, the figure it comes with in a ranking or an aside:
 * "followed by Y with 120", "Y, with 120, was hit hardest". (A place that is the clause's subject
 * before ", with" is {@link PlaceAsSubject}'s: "Y was the hardest-hit town, with 120".)
 */
final class PlaceWith implements PlaceRule {

    @Override
    public String name() {
        return "a place the figure comes with";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        if (!linked(s, first)) {
            return null;
        }
        int k = first - 2;
        if (k >= 0 && s.word(k).is(",")) {
            k--;
        }
        Mention m = s.endingAt(k);
        return m == null || s.possessive(k) ? null : m.name();
    }

    /** "with" right before the number. */
    static boolean linked(PlaceSentence s, int first) {
        return first >= 1 && s.word(first - 1).is("with");
    }
}

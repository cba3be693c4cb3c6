package io.factaudit.claim;

import io.factaudit.language.Mention;

/**
 * A place written right before the number in a coordinated clause whose verb is left out, the verb
 * being the one before it: "X has 102 cases and Y 29", "X has recorded 12 deaths, Y seven and Z six".
 */
final class GappedPlace implements PlaceRule {

    @Override
    public String name() {
        return "a place before the number of a gapped clause";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        for (Mention m : s.mentions()) {
            int start = s.indexAt(m.span().start());
            if (s.after(m) == first && start > 0 && s.word(start - 1).is("and", ",") && verbBefore(s, start)) {
                return m.name();
            }
        }
        return null;
    }

    /** A verb earlier in the sentence, whose clause the gapped one repeats. */
    private static boolean verbBefore(PlaceSentence s, int start) {
        for (int i = start - 1; i >= 0; i--) {
            if (s.word(i).is(";", ":", "\u2014")) {
                return false;
            }
            if (s.tag(i).equals("VERB") || s.tag(i).equals("AUX")) {
                return true;
            }
        }
        return false;
    }
}

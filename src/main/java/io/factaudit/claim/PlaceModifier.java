package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.ClosedClass;

/**
 * A place that modifies the noun the number counts, right after the number: "620 X layoffs",
 * "about 2,400 X jobs", "300 new X cases".
 */
final class PlaceModifier implements PlaceRule {

    @Override
    public String name() {
        return "a place modifying the counted noun";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        int i = after;
        while (i < s.size() && i < after + 2 && s.startingAt(i) == null && s.tag(i).equals("ADJ")) {
            i++;
        }
        Mention m = s.startingAt(i);
        if (m == null) {
            return null;
        }
        int next = s.after(m);
        return next < s.size() && !s.word(next).punctuation() && noun(s, next) ? m.name() : null;
    }

    /** A noun after the place; the tagger takes a bare plural after a proper name for an auxiliary ("Tellin County cattle"). */
    private static boolean noun(PlaceSentence s, int i) {
        String tag = s.tag(i);
        return tag.equals("NOUN") || tag.equals("AUX") && !ClosedClass.contains(s.word(i).lower());
    }
}

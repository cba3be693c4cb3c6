package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordForms;

/**
 * A subordinate clause opening after a number: a subordinator followed, within a few words and before
 * any clause break, by a verb of its own ("74 arrests on Monday as crowds marched in X", "12 jobs,
 * while the plant in Y will close"). A place in that clause is where its own verb happens, not where
 * the number's count is; "as of Monday in X" and "since Friday in X" open no clause.
 */
final class SubordinateClause {

    /** How far the clause's verb may stand from its subordinator ("as thousands of flood victims waited"). */
    private static final int REACH = 6;

    private SubordinateClause() {
    }

    /** Whether word {@code i} opens a subordinate clause with a verb of its own. */
    static boolean opens(PlaceSentence s, int i) {
        if (!ClosedClass.SUBORDINATORS.contains(s.word(i).lower())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 1 + REACH); j++) {
            if (s.clauseBreak(j)) {
                return false;
            }
            if (verb(s, j)) {
                return j > i + 1 || !s.word(i).is("as"); // "as expected", "as reported": a comment on the figure, not a clause
            }
        }
        return false;
    }

    /** A verb, or a form of a verb after a noun that the tagger took for a noun ("as demand falls"). */
    private static boolean verb(PlaceSentence s, int j) {
        String tag = s.tag(j);
        if (tag.equals("VERB") || tag.equals("AUX")) {
            return true;
        }
        String before = s.tag(j - 1);
        return tag.equals("NOUN") && (before.equals("NOUN") || before.equals("PRON") || before.equals("PROPN"))
            && WordForms.isInflectedVerb(s.word(j).lower());
    }
}

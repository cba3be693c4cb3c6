package io.factaudit.claim;

import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;

/**
 * The time a sentence gives for a state, when it gives one in the state's own clause: just after
 * the state ("moved into Kursk in late October", "ended on Sunday night"), between subject and
 * state, before the subject in its clause, or in an opening phrase ("In December, ...").
 */
final class StateTime {

    private static final int WORDS_AFTER = 4;

    private StateTime() {
    }

    /** The date expression that times the state, or null. */
    static DateMention find(SentenceWords w, DateResolver dates, StateLink link) {
        int subjectFirst = Math.min(link.subject().first(), link.first());
        int stateLast = Math.max(link.last(), link.subject().last());
        int clause = Modality.clauseStart(w, subjectFirst);
        for (DateMention d : dates.find(w.documentText(), w.sentence())) {
            int first = w.indexAt(d.span().start());
            if (first < 0) {
                continue;
            }
            if (first > stateLast && first - stateLast <= WORDS_AFTER && noPunctuation(w, stateLast + 1, first)) {
                return d;
            }
            if (first >= clause && first < subjectFirst || first > link.subject().last() && first < link.first()) {
                return d;
            }
            if (first <= 1 && clause > 0 && w.lower(clause - 1).equals(",")
                && w.indexAt(d.span().end() - 1) == clause - 2) {
                return d; // "In December, North Korean troops ..."
            }
        }
        return null;
    }

    private static boolean noPunctuation(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (w.get(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }
}

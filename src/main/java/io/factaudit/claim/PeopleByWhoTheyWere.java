package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.Persons;
import io.factaudit.quantity.Interval;

/**
 * A count of people named by their sex or age ("three women died when the footbridge gave way",
 * "the dead included five children") after the article has given a larger count of the same
 * subject: it tells who some of them were, a part of that count, not the subject's own figure.
 * Nouns of sex and age are WordNet's ({@link Persons#bySexOrAge}); a subject whose own words count
 * them ("children evacuated") keeps them.
 */
final class PeopleByWhoTheyWere {

    static final String NAME = "a part named by who they were";

    private PeopleByWhoTheyWere() {
    }

    /** The words that name who they were, or null. */
    static Span looked(CountSentence s, CountedNumber n, SubjectProfile subject, Interval interval) {
        if (n.evidence() != Evidence.HEAD || n.end() <= n.after() || interval.high() == null) {
            return null;
        }
        String head = s.word(n.end() - 1).lower();
        if (!Persons.bySexOrAge(head) || subject.isHead(head) || s.context().isKeywordWord(head)) {
            return null;
        }
        return s.largerBefore(subject.subject(), interval.high()) ? s.wordsSpan(n.first(), n.end()) : null;
    }
}

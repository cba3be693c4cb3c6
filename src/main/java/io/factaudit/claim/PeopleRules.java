package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Interval;

/**
 * The rules that set a count aside once its subject is known, for {@link NumberReading}: the
 * number counts something other than the subject's people, people the sentence makes another
 * group ("residents were told to leave"), people of another act ("officers detained 9 people" on a
 * sheet of marchers), people told by who they were after a toll ("three women died"), or people
 * the subject does not count. Tried in this order; the first that applies names the reason.
 */
final class PeopleRules {

    private PeopleRules() {
    }

    /** The first of these rules that sets the count aside, with where it looked; null when none does. */
    static SetAside setsAside(CountSentence s, CountedNumber n, SubjectProfile subject, String source, Interval interval) {
        if (SomethingElseCounted.notPeople(s, n, subject)) {
            return new SetAside(SomethingElseCounted.NOT_PEOPLE, s.wordsSpan(n.first(), n.end()));
        }
        Span otherwise = PeopleOtherwise.looked(s, n, subject);
        if (otherwise != null) {
            return new SetAside(PeopleOtherwise.NAME, otherwise);
        }
        Span act = PeopleOfAnotherAct.looked(s, n, subject);
        if (act != null) {
            return new SetAside(PeopleOfAnotherAct.NAME, act); // "officers detained 9 people" on a sheet of marchers
        }
        Span who = PeopleByWhoTheyWere.looked(s, n, subject, interval);
        if (who != null) {
            return new SetAside(PeopleByWhoTheyWere.NAME, who); // "three women died" after a toll of 14
        }
        if (PeopleNotCounted.is(s, n, subject, source)) {
            return new SetAside(PeopleNotCounted.NAME, s.wordsSpan(n.first(), n.end() + 6));
        }
        return null;
    }

}

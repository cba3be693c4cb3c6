package io.factaudit.claim;

/**
 * A rule that sets a number aside: "N people" are a subject's only when what the clause says of
 * them is what the subject counts ("were evacuated", "died"), or their cited source estimates it;
 * "12,000 people live in the valley" counts no one the sheet counts.
 */
final class PeopleNotCounted {

    static final String NAME = "people the subject does not count";

    private PeopleNotCounted() {
    }

    static boolean is(CountSentence s, CountedNumber n, SubjectProfile subject, String source) {
        return n.evidence() == Evidence.PEOPLE && !SubjectChoice.saidOfThem(s, n.first(), n.end(), subject)
            && !subject.framedGroup(s, n)
            && !s.context().estimates(source, subject.subject());
    }
}

package io.factaudit.claim;

import io.factaudit.lexicon.WordForms;

/**
 * A rule that sets a number aside: "N people" are a subject's only when what the clause says of
 * them is what the subject counts ("were evacuated", "died"), or their cited source estimates it;
 * "12,000 people live in the valley" counts no one the sheet counts. So are "N tenants" on a sheet
 * that counts tenants only with a predicate ("tenants without water"): the noun alone names
 * them no more than "people" does.
 */
final class PeopleNotCounted {

    static final String NAME = "people the subject does not count";

    private PeopleNotCounted() {
    }

    static boolean is(CountSentence s, CountedNumber n, SubjectProfile subject, String source) {
        boolean unsaid = !SubjectChoice.saidOfThem(s, n.first(), n.end(), subject) && !subject.framedGroup(s, n);
        return (n.evidence() == Evidence.PEOPLE || nounNotAlone(s, n, subject)) && unsaid
            && !s.context().estimates(source, subject.subject());
    }

    /**
     * "3,000 customers had low pressure" on a sheet of customers without water: the counted noun is
     * the subject's, but the sheet spells the subject with a predicate ({@link PredicateSpelling}) and
     * never by the noun alone, so what the clause says of them must be what the subject counts.
     */
    private static boolean nounNotAlone(CountSentence s, CountedNumber n, SubjectProfile subject) {
        if (n.evidence() != Evidence.HEAD || n.end() <= n.after() || subject.predicates().isEmpty()) {
            return false;
        }
        String noun = s.word(n.end() - 1).lower();
        return WordForms.isPluralNoun(noun) && !subject.spelledAlone(noun);
    }
}

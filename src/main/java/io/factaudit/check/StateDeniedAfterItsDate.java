package io.factaudit.check;

import io.factaudit.claim.StateClaim;
import io.factaudit.sheet.Milestone;
import java.time.LocalDate;

/** An article says the subject is not yet in a state it has been in since the sheet's date. */
final class StateDeniedAfterItsDate {

    private StateDeniedAfterItsDate() {
    }

    /**
     * "says North Korean troops were not yet fighting, but the sheet has them fighting from
     * 2024-11-04 and this article was published 2024-11-25".
     */
    static String message(StateClaim claim, Milestone milestone, LocalDate published) {
        String subject = milestone.subject();
        return "says " + subject + " " + Grammar.were(subject) + (claim.ended() ? " no longer " : " not yet ") + milestone.state()
            + StateTimes.given(claim) + ", but the sheet has " + Grammar.them(subject) + " " + milestone.state()
            + " from " + milestone.from() + StateTimes.published(claim, published);
    }
}

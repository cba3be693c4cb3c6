package io.factaudit.check;

import io.factaudit.claim.StateClaim;
import io.factaudit.sheet.Milestone;
import java.time.LocalDate;

/** An article has the subject in a state before the date the sheet gives for it. */
final class StateBeforeItsDate {

    private StateBeforeItsDate() {
    }

    /**
     * "says North Korean troops were fighting, but the sheet has them fighting only from 2024-11-04
     * and this article was published 2024-10-30".
     */
    static String message(StateClaim claim, Milestone milestone, LocalDate published) {
        String subject = milestone.subject();
        String said = claim.ended() ? " no longer " + milestone.state() + StateTimes.given(claim) + ", so "
            + milestone.state() + " before then" : " " + milestone.state() + StateTimes.given(claim);
        return "says " + subject + " " + Grammar.were(subject) + said
            + ", but the sheet has " + Grammar.them(subject) + " " + milestone.state() + " only from "
            + milestone.from() + StateTimes.published(claim, published);
    }
}

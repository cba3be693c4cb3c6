package io.factaudit.check;

import io.factaudit.claim.StateClaim;
import io.factaudit.sheet.Milestone;

/** A state claim in an article without a date: whether it agrees depends on the date. */
final class UndatedState {

    private UndatedState() {
    }

    /**
     * "says North Korean troops were fighting, but the sheet has them fighting only from 2024-11-04
     * and this article has no date: give it one (a sidecar .json with "published", or a dateline)".
     */
    static String message(StateClaim claim, Milestone milestone) {
        String subject = milestone.subject();
        String says = claim.negated()
            ? "says " + subject + " " + Grammar.were(subject) + " not yet " + milestone.state() + ", but the sheet has "
                + Grammar.them(subject) + " " + milestone.state() + " from " + milestone.from()
            : "says " + subject + " " + Grammar.were(subject) + " " + milestone.state() + ", but the sheet has "
                + Grammar.them(subject) + " " + milestone.state() + " only from " + milestone.from();
        return says + " and this article has no date: give it one (a sidecar .json with \"published\", or a dateline)"
            + " so the claim can be checked";
    }
}

package io.factaudit.audit;

import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import java.util.List;

/**
 * A change dated wrongly is one error, reported once: when a sheet lists the change both as an event
 * and as a milestone ("the board ratified the plan" on 2031-05-12, "ratified" from 2031-05-12), the
 * words "ratified the plan on May 11" are a {@code wrong date} of the event, and the {@code state
 * before its date} the milestone check finds in the same words is left out.
 */
final class DatedTwice {

    private DatedTwice() {
    }

    static List<Finding> once(List<Finding> findings) {
        List<Finding> wrongDates = findings.stream().filter(f -> f.reason() == Reason.WRONG_DATE).toList();
        if (wrongDates.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> f.reason() != Reason.STATE_BEFORE_ITS_DATE
            || wrongDates.stream().noneMatch(d -> d.path().equals(f.path()) && d.span().overlaps(f.span()))).toList();
    }
}

package io.factaudit.report;

import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;

/** What the audit understood a claim to say, in words an editor reads on hovering over it. */
final class ClaimWords {

    private ClaimWords() {
    }

    static String of(Claim claim) {
        if (claim instanceof CountClaim c) {
            return "count of " + c.subject() + ": " + c.interval().describe()
                + (c.source() == null ? ", no source named" : ", according to " + c.source())
                + (c.earlier() ? ", given as an earlier figure" : "");
        }
        if (claim instanceof StateClaim c) {
            return c.subject() + (c.negated() ? " not yet " : " ") + c.state();
        }
        if (claim instanceof QuoteClaim c) {
            return "quote" + (c.speaker() == null ? " with no speaker named" : " of " + c.speaker());
        }
        if (claim instanceof TitleClaim c) {
            return "title of " + c.person() + ": " + c.title();
        }
        EventDateClaim c = (EventDateClaim) claim;
        String when = c.from() == null ? "a date not understood"
            : c.from().equals(c.to()) ? c.from().toString() : c.from() + " to " + c.to();
        return "date of \"" + c.event() + "\": " + when;
    }
}

package io.factaudit.check;

import io.factaudit.claim.Claim;
import io.factaudit.claim.StateClaim;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges state claims against the sheet's milestones: a state said before its date is a
 * contradiction, and so is a state denied on or after it. A claim is judged at the time its
 * sentence gives it ("in late October": every day of it must fall before the date to
 * contradict), else at the article's date; without either it gets an {@code undated} warning.
 * A state said to have ended ("no longer fighting") is denied at that time and said to have held
 * before it: after the date it contradicts as a denial, before the date as a state said too early.
 */
public final class MilestoneCheck implements Check {

    @Override
    public List<Finding> judge(Document document, List<Claim> claims, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        LocalDate published = document.article().published();
        for (Claim c : claims) {
            if (!(c instanceof StateClaim claim)) {
                continue;
            }
            Milestone milestone = milestoneOf(claim, facts);
            if (milestone == null) {
                continue;
            }
            LocalDate earliest = claim.time() != null && claim.time().resolved() ? claim.time().from() : published;
            LocalDate latest = claim.time() != null && claim.time().resolved() ? claim.time().to() : published;
            if (earliest == null) {
                findings.add(FindingFactory.of(document, claim, Reason.UNDATED, milestone.where(),
                    UndatedState.message(claim, milestone)));
            } else if ((!claim.negated() || claim.ended()) && latest.isBefore(milestone.from())) {
                findings.add(FindingFactory.of(document, claim, Reason.STATE_BEFORE_ITS_DATE, milestone.where(),
                    StateBeforeItsDate.message(claim, milestone, published)));
            } else if (claim.negated() && !earliest.isBefore(milestone.from())) {
                findings.add(FindingFactory.of(document, claim, Reason.STATE_DENIED_AFTER_ITS_DATE, milestone.where(),
                    StateDeniedAfterItsDate.message(claim, milestone, published)));
            }
        }
        return findings;
    }

    private static Milestone milestoneOf(StateClaim claim, Facts facts) {
        for (Milestone m : facts.milestones()) {
            if (m.subject().equals(claim.subject()) && m.state().equals(claim.state())) {
                return m;
            }
        }
        return null;
    }
}

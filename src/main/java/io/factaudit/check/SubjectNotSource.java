package io.factaudit.check;

import io.factaudit.claim.CountClaim;
import io.factaudit.sheet.Facts;
import java.util.Optional;
import java.util.function.Function;

/**
 * A name is a subject that is counted, a source, a person or a place (FACT-SHEETS.md, "Names"). A
 * name the sheet states facts about (the subject of estimates or of milestones, in any scenario) and
 * that is no estimate's source is what is counted or changes, not who gives a figure: a count the
 * article ties to it ("the certified results show 61,000 voters", the results being a milestone's
 * subject) is checked as a count that names no source, as a place that reports is when it gives no
 * estimates. When it meets none of the sheet's estimates, whose figure it is stays unknown, and it
 * is unverifiable, as a count of a source without estimates is. A name with no facts of its own (an
 * outside body such as "NATO") stays the source.
 */
final class SubjectNotSource {

    private SubjectNotSource() {
    }

    /** The verdict on the claim, its source set aside when that source is one of the sheet's subjects. */
    static Optional<Finding> judge(CountClaim claim, Facts facts, Function<CountClaim, Optional<Finding>> judge) {
        if (claim.source() == null || !facts.subjectsOnly().contains(claim.source())) {
            return judge.apply(claim);
        }
        CountClaim unsourced = new CountClaim(claim.span(), claim.text(), claim.subject(), claim.interval(), null, false,
            claim.earlier(), claim.asOf(), claim.where());
        Optional<Finding> verdict = judge.apply(unsourced);
        return verdict.isPresent() && verdict.get().reason() == Reason.CONTRADICTION ? judge.apply(claim) : verdict;
    }
}

package io.factaudit.report;

import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import java.util.List;

/** A claim with the findings about it; a claim with none agrees with the sheet. */
public record JudgedClaim(Claim claim, List<Finding> findings) {

    public JudgedClaim {
        findings = List.copyOf(findings);
    }

    public Verdict verdict() {
        return Verdict.of(findings);
    }
}

package io.factaudit.report;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's claims paired with their findings. A finding belongs to the claim of its rule whose
 * words it covers (the same words first, else the most shared words); a finding no claim accounts
 * for (a misspelled name, say) is kept on its own so that no report loses it.
 */
public record JudgedArticle(ArticleAudit audit, List<JudgedClaim> claims, List<Finding> unclaimed) {

    public JudgedArticle {
        claims = List.copyOf(claims);
        unclaimed = List.copyOf(unclaimed);
    }

    public static JudgedArticle of(ArticleAudit audit) {
        List<Claim> claims = audit.claims();
        List<List<Finding>> byClaim = new ArrayList<>();
        claims.forEach(c -> byClaim.add(new ArrayList<>()));
        List<Finding> unclaimed = new ArrayList<>();
        for (Finding finding : audit.findings()) {
            int owner = ownerOf(finding, claims);
            if (owner < 0) {
                unclaimed.add(finding);
            } else {
                byClaim.get(owner).add(finding);
            }
        }
        List<JudgedClaim> judged = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            judged.add(new JudgedClaim(claims.get(i), byClaim.get(i)));
        }
        return new JudgedArticle(audit, judged, unclaimed);
    }

    /** The gravest verdict in the article: what its heading shows. */
    public Verdict verdict() {
        Verdict worst = Verdict.of(unclaimed);
        for (JudgedClaim c : claims) {
            worst = worst.graver(c.verdict());
        }
        return worst;
    }

    private static int ownerOf(Finding finding, List<Claim> claims) {
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (!finding.rule().equals(ruleOf(claim)) || !finding.span().overlaps(claim.span())) {
                continue;
            }
            if (finding.span().equals(claim.span())) {
                return i;
            }
            int shared = Math.min(finding.span().end(), claim.span().end())
                - Math.max(finding.span().start(), claim.span().start());
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    /** The rule that judges a kind of claim, as findings name it. */
    private static String ruleOf(Claim claim) {
        return switch (claim.kind()) {
            case "state" -> "milestone";
            case "event-date" -> "event";
            default -> claim.kind();
        };
    }
}

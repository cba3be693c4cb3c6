package io.factaudit.draft;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the articles of an audit disagree with each other, whatever the sheet says: the same
 * comparisons a draft makes, over the count claims the audit read (each dated by its article).
 */
public final class ArticleDisagreements {

    private ArticleDisagreements() {
    }

    public static List<Disagreement> in(List<ArticleAudit> audits) {
        List<EstimateDrafter.CountSighting> counts = new ArrayList<>();
        for (ArticleAudit audit : audits) {
            for (Claim claim : audit.claims()) {
                if (claim instanceof CountClaim c && c.source() != null && c.sourceOnSheet()) {
                    counts.add(new EstimateDrafter.CountSighting(new Sighting(audit.article(), null, c), c,
                        audit.article().published(), false));
                }
            }
        }
        return CountDisagreements.among(counts);
    }
}

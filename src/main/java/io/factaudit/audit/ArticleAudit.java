package io.factaudit.audit;

import io.factaudit.article.Article;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the audit read in one article and what it found, claims and findings in text order. */
public record ArticleAudit(Article article, List<Claim> claims, List<Finding> findings) {

    public static final Comparator<Claim> BY_POSITION = Comparator.comparing(Claim::span)
        .thenComparing(Claim::kind).thenComparing(Claim::text).thenComparing(Claim::toString);

    public ArticleAudit {
        claims = claims.stream().sorted(BY_POSITION).toList();
        findings = DatedTwice.once(findings).stream().sorted().toList();
    }

    /** This article's audit merged with another scenario's audit of the same article, each item once. */
    public ArticleAudit merge(ArticleAudit other) {
        return merged(List.of(this, other));
    }

    /**
     * Several scenarios' audits of one article merged at once, each claim and finding once. Claims
     * are records of values, so equal claims are the same claim read twice.
     */
    public static ArticleAudit merged(List<ArticleAudit> audits) {
        if (audits.size() == 1) {
            return audits.get(0);
        }
        Set<Claim> claims = new LinkedHashSet<>();
        TreeSet<Finding> findings = new TreeSet<>();
        for (ArticleAudit a : audits) {
            claims.addAll(a.claims);
            findings.addAll(a.findings);
        }
        return new ArticleAudit(audits.get(0).article, new ArrayList<>(claims), new ArrayList<>(findings));
    }
}

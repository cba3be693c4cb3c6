package io.factaudit.audit;

import io.factaudit.article.Article;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the audit read in one article and what it found, claims and findings in text order. */
public record ArticleAudit(Article article, List<Claim> claims, List<Finding> findings) {

    public static final Comparator<Claim> BY_POSITION = Comparator.comparing(Claim::span)
        .thenComparing(Claim::kind).thenComparing(Claim::text).thenComparing(Claim::toString);

    public ArticleAudit {
        claims = claims.stream().sorted(BY_POSITION).toList();
        findings = findings.stream().sorted().toList();
    }

    /** This article's audit merged with another scenario's audit of the same article, each item once. */
    public ArticleAudit merge(ArticleAudit other) {
        Map<String, Claim> merged = new LinkedHashMap<>();
        for (Claim c : claims) {
            merged.put(c.toString(), c);
        }
        for (Claim c : other.claims) {
            merged.putIfAbsent(c.toString(), c);
        }
        TreeSet<io.factaudit.check.Finding> findingSet = new TreeSet<>(findings);
        findingSet.addAll(other.findings);
        return new ArticleAudit(article, new ArrayList<>(merged.values()), new ArrayList<>(findingSet));
    }
}

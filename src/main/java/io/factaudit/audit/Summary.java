package io.factaudit.audit;

import io.factaudit.check.Finding;
import io.factaudit.check.Severity;
import io.factaudit.check.Status;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Counts of an audit. Contradictions, warnings and info count new findings; acknowledged counts
 * the findings an editor has acknowledged, whatever their severity.
 */
public record Summary(int articles, int claims, int contradictions, int warnings, int info, int acknowledged) {

    public static Summary of(Collection<ArticleAudit> audits) {
        return of(audits, finding -> true);
    }

    /** Counts the articles and their claims, and of their findings only those {@code counted} accepts. */
    public static Summary of(Collection<ArticleAudit> audits, Predicate<Finding> counted) {
        int claims = 0;
        int contradictions = 0;
        int warnings = 0;
        int info = 0;
        int acknowledged = 0;
        for (ArticleAudit a : audits) {
            claims += a.claims().size();
            for (Finding f : a.findings()) {
                if (!counted.test(f)) {
                    continue;
                }
                if (f.status() == Status.ACKNOWLEDGED) {
                    acknowledged++;
                } else if (f.severity() == Severity.CONTRADICTION) {
                    contradictions++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    info++;
                }
            }
        }
        return new Summary(audits.size(), claims, contradictions, warnings, info, acknowledged);
    }

    /** "5 articles, 31 claims: 1 contradiction, 3 warnings, 2 info, 0 acknowledged". */
    public String line() {
        return articles + plural(" article", articles) + ", " + claims + plural(" claim", claims) + ": " + contradictions
            + plural(" contradiction", contradictions) + ", " + warnings + plural(" warning", warnings) + ", " + info
            + " info, " + acknowledged + " acknowledged";
    }

    private static String plural(String word, int n) {
        return n == 1 ? word : word + "s";
    }
}

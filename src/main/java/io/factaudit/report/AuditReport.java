package io.factaudit.report;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.input.Problem;
import io.factaudit.sheet.ScenarioFacts;
import java.util.Comparator;
import java.util.List;

/**
 * The results of one audit, from which every report is written: the articles with their claims and
 * findings (sorted by path), the scenarios that judged them, input problems, and acknowledgements
 * that no longer match any finding.
 */
public record AuditReport(List<ArticleAudit> articles, List<ScenarioFacts> scenarios, List<Problem> problems,
                          List<Acknowledgement> stale) {

    public AuditReport {
        articles = articles.stream().sorted(Comparator.comparing(a -> a.article().path())).toList();
        scenarios = List.copyOf(scenarios);
        problems = problems.stream().sorted().toList();
        stale = List.copyOf(stale);
    }

    public Summary summary() {
        return Summary.of(articles);
    }

    public List<Finding> findings() {
        return articles.stream().flatMap(a -> a.findings().stream()).toList();
    }
}

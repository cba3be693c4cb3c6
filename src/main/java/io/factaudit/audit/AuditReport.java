package io.factaudit.audit;

import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.check.Status;
import io.factaudit.input.Problem;
import io.factaudit.sheet.ScenarioFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The results of one audit, from which every report is written: the articles with their claims and
 * findings (sorted by path), the scenarios that judged them, input problems, acknowledgements
 * that no longer match any finding, and the acknowledgements in force (so that reports can say
 * who acknowledged a finding and why).
 */
public record AuditReport(List<ArticleAudit> articles, List<ScenarioFacts> scenarios, List<Problem> problems,
                          List<Acknowledgement> stale, List<Acknowledgement> acknowledgements, AuditInfo info) {

    public AuditReport(List<ArticleAudit> articles, List<ScenarioFacts> scenarios, List<Problem> problems,
                       List<Acknowledgement> stale, List<Acknowledgement> acknowledgements) {
        this(articles, scenarios, problems, stale, acknowledgements, null);
    }

    public AuditReport {
        articles = articles.stream().sorted(Comparator.comparing(a -> a.article().path())).toList();
        scenarios = List.copyOf(scenarios);
        problems = problems.stream().sorted().toList();
        stale = List.copyOf(stale);
        acknowledgements = acknowledgements.stream().sorted().toList();
        if (info == null) {
            info = new AuditInfo(null, scenarios.stream().map(ScenarioFacts::uri).toList(), articles.size(), java.util.Map.of());
        }
    }

    /** This report, saying what the audit was (when made, which sheets, the claims each scenario matched). */
    public AuditReport with(AuditInfo about) {
        return new AuditReport(articles, scenarios, problems, stale, acknowledgements, about);
    }

    /** A report that knows acknowledged findings only by their status, not who acknowledged them or why. */
    public AuditReport(List<ArticleAudit> articles, List<ScenarioFacts> scenarios, List<Problem> problems,
                       List<Acknowledgement> stale) {
        this(articles, scenarios, problems, stale, List.of());
    }

    public Summary summary() {
        return Summary.of(articles);
    }

    public List<Finding> findings() {
        return articles.stream().flatMap(a -> a.findings().stream()).toList();
    }

    /** The acknowledgement an acknowledged finding answers to, when the report has it. */
    public Optional<Acknowledgement> acknowledgementOf(Finding finding) {
        if (finding.status() != Status.ACKNOWLEDGED) {
            return Optional.empty();
        }
        return acknowledgements.stream().filter(a -> a.matches(finding)).findFirst();
    }
}

package io.factaudit.audit;

import io.factaudit.check.Finding;
import io.factaudit.check.Severity;
import io.factaudit.check.Status;
import io.factaudit.input.Problem;
import io.factaudit.sheet.ScenarioFacts;
import java.util.List;

/** One scenario's check over its articles: the audits, and the problems its sheet has. */
public record ScenarioResult(ScenarioFacts scenario, List<ArticleAudit> audits, List<Problem> sheetProblems) {

    public ScenarioResult {
        audits = List.copyOf(audits);
        sheetProblems = List.copyOf(sheetProblems);
    }

    /** New findings that fail the check: contradictions, and warnings when the sheet says so. */
    public List<Finding> failures() {
        boolean warningsFail = scenario.facts().policy().warningsFail();
        return audits.stream().flatMap(a -> a.findings().stream())
            .filter(f -> f.status() == Status.NEW)
            .filter(f -> f.severity() == Severity.CONTRADICTION || (warningsFail && f.severity() == Severity.WARNING))
            .sorted().toList();
    }

    public boolean passes() {
        return failures().isEmpty() && sheetProblems.isEmpty();
    }

    /** What a failing check says: every failure, one per line with the claim's words, then sheet problems. */
    public String failureMessage() {
        StringBuilder b = new StringBuilder();
        List<Finding> failures = failures();
        if (!failures.isEmpty()) {
            b.append(failures.size()).append(failures.size() == 1 ? " new finding fails" : " new findings fail")
                .append(" \"").append(scenario.name()).append("\" (").append(scenario.uri()).append(':')
                .append(scenario.line()).append("):\n");
            failures.forEach(f -> b.append(f.describe()).append('\n'));
        }
        if (!sheetProblems.isEmpty()) {
            b.append("the sheet has ").append(sheetProblems.size()).append(sheetProblems.size() == 1 ? " problem" : " problems")
                .append(" to fix:\n");
            sheetProblems.forEach(p -> b.append(p.format()).append('\n'));
        }
        return b.toString().stripTrailing();
    }
}

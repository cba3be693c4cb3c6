package io.factaudit.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.factaudit.report.AuditReport;
import io.factaudit.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the audit's reports when the Cucumber run finishes, whether it passed or failed, and
 * prints the summary for the build log.
 */
public final class AuditReportPlugin implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> AuditRun.reset());
        publisher.registerHandlerFor(TestRunFinished.class, event -> finish());
    }

    private void finish() {
        AuditReport report = AuditRun.session().report();
        try {
            Reports.writeAll(report, AuditRun.root().resolve("target").resolve("fact-audit"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit's reports under target/fact-audit", e);
        }
        StringBuilder b = new StringBuilder("\nfact-audit: ").append(report.summary().line()).append('\n');
        report.problems().forEach(p -> b.append(p.format()).append('\n'));
        report.stale().forEach(a -> b.append(a.article()).append(": stale acknowledgement: \"").append(a.text())
            .append("\" (").append(a.reason()).append(") matches no finding any more; remove it or run the acknowledge command\n"));
        b.append("reports: target/fact-audit/report.json\n");
        System.out.print(b);
    }
}

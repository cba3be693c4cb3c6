package io.factaudit.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.ConsoleReport;
import io.factaudit.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the audit's reports when the Cucumber run finishes, whether it passed or failed, and
 * prints the findings and the summary for the build log.
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
        System.out.println();
        ConsoleReport.forThisTerminal().print(report, System.out);
        System.out.println("reports: target/fact-audit/report.html, report.json, report.sarif");
    }
}

package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes every report file of an audit into one folder ({@code target/fact-audit}): report.json,
 * report.html and report.sarif, all from the same results.
 */
public final class Reports {

    private Reports() {
    }

    public static void writeAll(AuditReport report, Path folder) throws IOException {
        ReportJson.write(report, folder.resolve("report.json"));
        HtmlReport.write(report, folder.resolve("report.html"));
        SarifReport.write(report, folder.resolve("report.sarif"));
    }
}

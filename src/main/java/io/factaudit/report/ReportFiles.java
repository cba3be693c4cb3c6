package io.factaudit.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes every report file of an audit into one folder: report.json, report.html and report.sarif. */
public final class ReportFiles {

    /** Where an audit run by Maven leaves its reports. */
    public static final Path FOLDER = Path.of("target", "fact-audit");

    private ReportFiles() {
    }

    public static void writeAll(AuditReport report, Path folder) throws IOException {
        ReportJson.write(report, folder.resolve("report.json"));
        HtmlReport.write(report, folder.resolve("report.html"));
        SarifReport.write(report, folder.resolve("report.sarif"));
    }
}

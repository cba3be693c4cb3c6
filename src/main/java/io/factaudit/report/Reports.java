package io.factaudit.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes every report of an audit into one folder ({@code target/fact-audit}). */
public final class Reports {

    private Reports() {
    }

    public static void writeAll(AuditReport report, Path folder) throws IOException {
        ReportJson.write(report, folder.resolve("report.json"));
    }
}

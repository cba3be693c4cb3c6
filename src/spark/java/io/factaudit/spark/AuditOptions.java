package io.factaudit.spark;

import java.nio.file.Path;

/**
 * What a run audits and where it writes.
 *
 * @param root         the project root: article and sheet paths are reported relative to it
 * @param sheets       a .feature file or a folder of them
 * @param table        a table of articles (Parquet, or JSON Lines), or null to read the folders the sheets name
 * @param output       the folder of the tables (any file system Spark writes to); a re-run reads it first
 * @param reports      the local folder of report.json and report.sarif
 * @param reportScope  "all", "none", or a path prefix: the articles the reports cover
 * @param tasksPerCore how many tasks each core gets (more balance the load, fewer cost less)
 */
record AuditOptions(Path root, Path sheets, String table, String output, Path reports, String reportScope, int tasksPerCore) {

    static AuditOptions of(Path root, String output) {
        return new AuditOptions(root, root.resolve("features"), null, output, Path.of(output), "all", 4);
    }

    AuditOptions withSheets(Path value) {
        return new AuditOptions(root, value, table, output, reports, reportScope, tasksPerCore);
    }

    AuditOptions withTable(String value) {
        return new AuditOptions(root, sheets, value, output, reports, reportScope, tasksPerCore);
    }

    AuditOptions withReports(Path value, String scope) {
        return new AuditOptions(root, sheets, table, output, value, scope, tasksPerCore);
    }
}

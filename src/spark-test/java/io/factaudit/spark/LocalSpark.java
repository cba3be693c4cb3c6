package io.factaudit.spark;

import io.factaudit.input.Problems;
import io.factaudit.audit.AuditSession;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One Spark session on local[2] for every test class (starting one takes seconds), and the two
 * audits the tests compare: the job's, and the single-machine audit's over the same project.
 */
final class LocalSpark {

    static final Path PROJECT = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath().normalize();

    private LocalSpark() {
    }

    private static final class Holder {
        static final org.apache.spark.sql.SparkSession SESSION = start();

        private static org.apache.spark.sql.SparkSession start() {
            org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder()
                .master("local[2]").appName("fact-audit tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
            spark.sparkContext().setLogLevel("ERROR");
            return spark;
        }
    }

    static org.apache.spark.sql.SparkSession spark() {
        return Holder.SESSION;
    }

    /** The job over a project's sheets, writing its tables and reports into {@code output}. */
    static RunSummary audit(Path root, Path sheets, Path output, String table) throws IOException {
        AuditOptions options = AuditOptions.of(root, output.toString()).withSheets(sheets).withTable(table)
            .withReports(output, "all");
        return new ArchiveAudit(spark()).run(options);
    }

    /** A report as read back from its file (numbers as JSON gives them), to compare with one read from a file. */
    static com.fasterxml.jackson.databind.JsonNode json(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
            return m.readTree(m.writeValueAsString(node));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the single-machine audit reports for the same sheets over the same project. */
    static AuditReport singleMachine(Path root, Path sheets) {
        Problems problems = new Problems();
        var scenarios = new FactSheetReader(root).readAll(sheets, problems);
        AuditSession session = AuditSession.open(root, problems);
        session.checkAll(scenarios);
        return session.report();
    }
}

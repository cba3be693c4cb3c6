package io.factaudit.spark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code SparkAudit [--sheets PATH] [--table FILE] [--output DIR] [--reports DIR] [--report all|none|PREFIX]}:
 * audits an archive on Spark. Without {@code --table} the articles are the files below the folders the
 * sheets name, as for the single-machine audit. The master is spark-submit's, else {@code local[*]}.
 * A re-run with the same output re-audits only the articles and sheets that changed.
 */
public final class SparkAudit {

    private SparkAudit() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        Path root = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath().normalize();
        AuditOptions options;
        try {
            options = options(root, list);
        } catch (IllegalArgumentException e) {
            System.err.println("SparkAudit: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = session("fact-audit", "local[*]");
        try {
            new ArchiveAudit(spark).run(options).lines().forEach(System.out::println);
        } finally {
            spark.stop();
        }
    }

    static AuditOptions options(Path root, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!List.of("--sheets", "--table", "--output", "--reports", "--report").contains(a) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("unknown or incomplete option \"" + a + "\"; the options are --sheets PATH,"
                    + " --table FILE, --output DIR, --reports DIR, --report all|none|PREFIX (see the README)");
            }
            i++;
        }
        String output = option(args, "--output", root.resolve("target").resolve("fact-audit-spark").toString());
        boolean local = !output.contains("://") || output.startsWith("file:");
        String reports = option(args, "--reports", local ? output.replaceFirst("^file:(//)?", "")
            : root.resolve("target").resolve("fact-audit-spark-reports").toString());
        String table = option(args, "--table", null);
        return AuditOptions.of(root, output)
            .withSheets(root.resolve(option(args, "--sheets", "features")))
            .withTable(table == null || table.contains("://") ? table : root.resolve(table).toString())
            .withReports(Path.of(reports).toAbsolutePath(), option(args, "--report", "all"));
    }

    /** The session: spark-submit's master and settings when there are some, else the given master. */
    static SparkSession session(String name, String master) {
        SparkConf conf = new SparkConf().setAppName(name);
        if (!conf.contains("spark.master")) {
            conf.setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        if (System.getProperty("log4j2.configurationFile") == null) {
            spark.sparkContext().setLogLevel("WARN"); // no logging configuration given (tests): Spark's INFO lines are noise
        }
        return spark;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}

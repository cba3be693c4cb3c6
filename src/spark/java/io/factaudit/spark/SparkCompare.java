package io.factaudit.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code SparkCompare --output DIR (--with FILE | --sheets PATH)}: the job's tables in DIR against a
 * single-machine audit of the same archive, row for row: its report.json, or (for an archive whose
 * report.json is too large to hold) the audit itself run here, streamed. Compared: every article (path and date), claim,
 * finding and problem, each as report.json gives it (each item once per article, as the report
 * merges an article's sheets). Prints "equal" and the counts, or the rows only one side has (at most
 * 20 each way); exits 0 when equal, 1 when not.
 */
public final class SparkCompare {

    private static final int SHOWN = 20;
    static final List<String> KINDS = List.of("article", "claim", "finding", "problem");

    private SparkCompare() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath().normalize();
        List<String> list = Arrays.asList(args);
        String output = option(list, "--output");
        String report = option(list, "--with");
        String sheets = option(list, "--sheets");
        if (output == null || (report == null) == (sheets == null) || list.size() != 4) {
            System.err.println("SparkCompare: takes --output DIR (the job's tables) and either --with FILE (a single-machine"
                + " report.json) or --sheets PATH (audit the archive on this machine, streamed, to compare with)");
            System.exit(2);
            return;
        }
        Path against = root.resolve(report == null ? sheets : report);
        if (report != null ? !Files.isRegularFile(against) : !Files.exists(against)) {
            System.err.println("SparkCompare: " + (report == null ? sheets : report) + " is not there"
                + (report == null ? "" : "; the single-machine audit writes target/fact-audit/report.json"));
            System.exit(2);
            return;
        }
        String tables = output.contains("://") ? output : root.resolve(output).toString();
        Path lines = Files.createTempFile("fact-audit-compare", ".tsv");
        boolean equal;
        try {
            if (report != null) {
                ReportLines.fromReport(against, lines);
            } else {
                System.out.println(SingleMachineLines.write(root, against, lines));
            }
            SparkSession spark = SparkAudit.session("fact-audit compare", "local[*]");
            if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
                // a few tasks a core: Spark's 200 cost more in scheduling than a small archive in work
                spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(4 * spark.sparkContext().defaultParallelism()));
            }
            try {
                equal = compare(spark, tables, lines, report == null ? "the single-machine audit of " + sheets : report,
                    System.out);
            } finally {
                spark.stop();
            }
        } finally {
            Files.deleteIfExists(lines);
        }
        System.exit(equal ? 0 : 1);
    }

    /** Compares the job's tables with a single-machine report.json; prints the comparison, true when equal. */
    static boolean compareWithReport(SparkSession spark, String tables, Path report, PrintStream out) throws IOException {
        Path lines = Files.createTempFile("fact-audit-compare", ".tsv");
        try {
            ReportLines.fromReport(report, lines);
            return compare(spark, tables, lines, report.toString(), out);
        } finally {
            Files.deleteIfExists(lines);
        }
    }

    /** Compares the job's tables with the lines of a single-machine audit ({@link ReportLines}). */
    static boolean compare(SparkSession spark, String tables, Path lines, String against, PrintStream out) {
        Dataset<String> single = spark.read().textFile(lines.toString()).distinct().cache();
        Dataset<String> job = job(spark, tables).distinct().cache();
        Map<String, long[]> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, new long[2]));
        count(single, counts, 0);
        count(job, counts, 1);
        List<String> onlyJob = job.except(single).orderBy(col("value")).limit(SHOWN).collectAsList();
        List<String> onlySingle = single.except(job).orderBy(col("value")).limit(SHOWN).collectAsList();
        long differing = onlyJob.isEmpty() && onlySingle.isEmpty() ? 0
            : job.except(single).count() + single.except(job).count();
        out.println("compare: the job's tables in " + tables + " against " + against);
        counts.forEach((kind, n) -> out.printf(Locale.ROOT, "  %-8s %,12d in the job, %,12d on one machine%n",
            kind + "s", n[1], n[0]));
        single.unpersist();
        job.unpersist();
        if (differing == 0) {
            out.println("equal: every row of one is a row of the other");
            return true;
        }
        out.printf(Locale.ROOT, "differ: %,d rows are on one side only (at most %d shown each way)%n", differing, SHOWN);
        onlyJob.forEach(l -> out.println("  only in the job:      " + l));
        onlySingle.forEach(l -> out.println("  only on one machine:  " + l));
        return false;
    }

    private static Dataset<String> job(SparkSession spark, String tables) {
        Dataset<String> articles = spark.read().schema(Schemas.AUDITS).parquet(tables + "/audits").filter(col("audited"))
            .select("path", "published").map((MapFunction<Row, String>) ReportLines::article, Encoders.STRING());
        Dataset<String> claims = spark.read().schema(Schemas.CLAIMS).parquet(tables + "/claims")
            .map((MapFunction<Row, String>) ReportLines::claim, Encoders.STRING());
        Dataset<String> findings = spark.read().schema(Schemas.FINDINGS).parquet(tables + "/findings")
            .map((MapFunction<Row, String>) ReportLines::finding, Encoders.STRING());
        Dataset<String> problems = spark.read().schema(Schemas.PROBLEMS).parquet(tables + "/problems")
            .select("problem_path", "line", "message").map((MapFunction<Row, String>) ReportLines::problem, Encoders.STRING());
        return articles.union(claims).union(findings).union(problems);
    }

    private static void count(Dataset<String> lines, Map<String, long[]> counts, int side) {
        lines.map((MapFunction<String, String>) l -> l.substring(0, l.indexOf('\t')), Encoders.STRING())
            .groupBy("value").count().collectAsList()
            .forEach(r -> counts.computeIfAbsent(r.getString(0), k -> new long[2])[side] = r.getLong(1));
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}

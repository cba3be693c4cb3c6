package io.factaudit.spark;

import com.sun.management.OperatingSystemMXBean;
import io.factaudit.benchmark.Benchmark;
import io.factaudit.benchmark.BenchmarkResult;
import io.factaudit.benchmark.CorpusGenerator;
import io.factaudit.benchmark.GeneratedCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code SparkBenchmark [N ...]} (10,000 unless told): for each size, a generated corpus (reused when
 * it is there) audited by the single-machine audit on two threads and by the job on Spark local[2],
 * from scratch and then re-run with nothing changed; prints articles/s per core and the CPU time an
 * article costs, so that sizes can be compared (the cost must grow linearly).
 */
public final class SparkBenchmark {

    private static final int CORES = 2;

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        Arrays.stream(args).filter(a -> !a.isBlank()).flatMap(a -> Arrays.stream(a.split(",")))
            .forEach(a -> sizes.add(Integer.parseInt(a.replace("_", "").strip())));
        if (sizes.isEmpty()) {
            sizes.add(CorpusGenerator.DEFAULT_ARTICLES);
        }
        SparkSession spark = SparkAudit.session("fact-audit benchmark", "local[" + CORES + "]");
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(CORES * 4));
        try {
            List<String> table = new ArrayList<>();
            for (int n : sizes) {
                table.addAll(measure(spark, root, n));
            }
            System.out.println("fact-audit on Spark, benchmark (" + CORES + " cores):");
            table.forEach(System.out::println);
        } finally {
            spark.stop();
        }
    }

    private static List<String> measure(SparkSession spark, Path root, int articles) throws IOException {
        Path folder = root.resolve("target").resolve("spark-benchmark").resolve(Integer.toString(articles));
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        GeneratedCorpus corpus = generator.existing(folder, articles).orElse(null);
        if (corpus == null) {
            corpus = generator.generate(folder, articles);
        }
        List<String> lines = new ArrayList<>();
        BenchmarkResult single = new Benchmark(root, CORES).run(corpus);
        lines.add(line("single machine, " + CORES + " threads", articles, single.auditNanos(), single.cpuNanos()));

        String output = folder.resolve("spark-output").toString();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
        out.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(out, true);
        AuditOptions options = AuditOptions.of(root, output).withSheets(corpus.sheet()).withReports(folder, "none");
        for (String run : List.of("Spark local[2], from scratch", "Spark local[2], re-run, nothing changed")) {
            long cpu = processCpuNanos();
            long begins = System.nanoTime();
            RunSummary summary = new ArchiveAudit(spark).run(options);
            lines.add(line(run, articles, System.nanoTime() - begins, processCpuNanos() - cpu)
                + String.format(Locale.ROOT, " [%,d re-audited, %,d carried over]", summary.reaudited(), summary.carried()));
        }
        return lines;
    }

    private static String line(String what, int articles, long nanos, long cpuNanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "  %,7d articles, %-40s %8.1f s, %7.1f articles/s, %6.1f articles/s per core,"
            + " %6.2f ms CPU per article", articles, what + ":", seconds, articles / seconds, articles / seconds / CORES,
            cpuNanos / 1e6 / articles);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}

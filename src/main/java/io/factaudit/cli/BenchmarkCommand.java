package io.factaudit.cli;

import io.factaudit.benchmark.Benchmark;
import io.factaudit.benchmark.BenchmarkResult;
import io.factaudit.benchmark.CorpusGenerator;
import io.factaudit.benchmark.GeneratedCorpus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code benchmark [--articles N] [--seed S] [--threads T] [--article-kb K]}: generates a corpus into
 * {@code target/benchmark} (or reuses the one there when it has the same size and seed), audits it
 * streamed and in parallel, and prints articles/s, MB/s, CPU per MB, the JIT's and collector's
 * shares, the peak heap and the floors measured on the same articles. {@code --article-kb} makes
 * every article about K KB (in {@code target/benchmark-Kkb}) to see how the cost grows with length. Run it with a capped
 * heap to prove the memory aim: {@code mvn -q compile exec:exec@benchmark}.
 */
final class BenchmarkCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        int articles = (int) number(args, "--articles", CorpusGenerator.DEFAULT_ARTICLES, 1);
        long seed = number(args, "--seed", CorpusGenerator.DEFAULT_SEED, Long.MIN_VALUE);
        int threads = (int) number(args, "--threads", Runtime.getRuntime().availableProcessors(), 1);
        int kilobytes = (int) number(args, "--article-kb", 0, 0);
        Path folder = root.resolve("target").resolve(kilobytes == 0 ? "benchmark" : "benchmark-" + kilobytes + "kb");

        CorpusGenerator generator = new CorpusGenerator(seed, kilobytes);
        Optional<GeneratedCorpus> existing = generator.existing(folder, articles);
        GeneratedCorpus corpus;
        if (existing.isPresent()) {
            corpus = existing.get();
            out.printf(Locale.ROOT, "fact-audit benchmark: reusing the %,d articles of seed %d in %s%n", articles, seed, folder);
        } else {
            long begins = System.nanoTime();
            corpus = generator.generate(folder, articles);
            out.printf(Locale.ROOT, "fact-audit benchmark: generated %,d articles (seed %d) in %.1f s into %s%n", articles,
                seed, (System.nanoTime() - begins) / 1e9, folder);
        }
        out.flush();

        BenchmarkResult result = new Benchmark(root, threads).run(corpus);
        result.lines().forEach(line -> out.println("  " + line));
        return 0;
    }

    /** An option's whole-number value; an empty value (Maven's unset {@code -Dbenchmark.*} property) means the default. */
    private static long number(List<String> args, String option, long fallback, long least) throws Main.UsageException {
        String value = Main.option(args, option, null);
        if (value == null || value.isBlank() || value.startsWith("--")) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value.replace(",", "").replace("_", "").strip());
        } catch (NumberFormatException e) {
            throw new Main.UsageException(option + " takes a whole number, not \"" + value + "\"");
        }
        if (n < least) {
            throw new Main.UsageException(option + " must be at least " + least + ", not " + n);
        }
        return n;
    }
}

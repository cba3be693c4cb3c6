package io.factaudit.benchmark;

import com.sun.management.OperatingSystemMXBean;
import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.audit.AuditSession;
import io.factaudit.audit.Auditor;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Audits a generated corpus the way the audit streams any corpus (each article read once, in
 * parallel, judged by every scenario of its sheet, handed to a sink that only counts) and measures
 * the run: time, throughput and heap.
 */
public final class Benchmark {

    private static final String WARM_UP = "About 10,000 North Korean troops were sent, officials said.";

    private final Path root;
    private final int threads;

    /**
     * @param root    the project root, against which article paths are reported
     * @param threads how many articles are audited at once
     */
    public Benchmark(Path root, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the benchmark needs at least one thread, not " + threads);
        }
        this.root = root;
        this.threads = threads;
    }

    /** Audits the corpus with its sheet; the sheet must read without problems. */
    public BenchmarkResult run(GeneratedCorpus corpus) {
        long startupBegins = System.nanoTime();
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).read(corpus.sheet(), problems);
        List<Problem> sheetProblems = problems.all();
        if (!sheetProblems.isEmpty() || scenarios.isEmpty()) {
            throw new IllegalStateException("the benchmark sheet " + corpus.sheet() + " cannot be used: "
                + (sheetProblems.isEmpty() ? "it has no scenario that checks" : sheetProblems.get(0).format()));
        }
        loadLanguageModels();
        long startup = System.nanoTime() - startupBegins;

        AuditSession session = new AuditSession(root, Auditor.standard(), Acknowledgements.none(), problems, threads);
        AuditTally tally = new AuditTally();
        HeapWatch heap = HeapWatch.start();
        long cpuBegins = processCpuNanos();
        long auditBegins = System.nanoTime();
        session.stream(scenarios, tally);
        long audit = System.nanoTime() - auditBegins;
        long cpu = processCpuNanos() - cpuBegins;
        HeapWatch.Peaks peaks = heap.stop();
        return new BenchmarkResult(corpus, threads, scenarios.size(), startup, audit, cpu, tally.articles(),
            tally.claimsByKind(), tally.findingsBySeverity(), problems.all().size(), tally.fingerprint(), peaks);
    }

    /** The CPU time the whole process has used: unlike elapsed time, it hardly changes with what else the machine runs. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** Loads the sentence, token and tag models before the clock starts: a one-time cost, reported as startup. */
    private static void loadLanguageModels() {
        Document warm = new Document(new Article("warm-up", WARM_UP, null, LineMap.of(WARM_UP)));
        warm.tokens(warm.sentences().get(0));
    }
}

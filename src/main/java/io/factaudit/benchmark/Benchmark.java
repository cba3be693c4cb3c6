package io.factaudit.benchmark;

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
import java.nio.file.Path;
import java.util.List;

/**
 * Audits a generated corpus the way the audit streams any corpus (each article read once, in
 * parallel, judged by every scenario of its sheet, handed to a sink that only counts) and measures
 * the run: time, throughput, CPU (with the JIT compiler's and the collector's shares), heap, and
 * the floors (reading, sentences, tokens) measured afterwards on the same articles.
 */
public final class Benchmark {

    /** The CPU per MB is shown for every tenth of the articles: how it changes as the run goes on. */
    private static final int TENTHS = 10;
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
        AuditTally tally = new AuditTally(Math.max(1, corpus.articles() / TENTHS));
        HeapWatch heap = HeapWatch.start();
        CpuClock.Reading before = CpuClock.Reading.now();
        long auditBegins = System.nanoTime();
        session.stream(scenarios, tally);
        long audit = System.nanoTime() - auditBegins;
        CpuClock.Reading spent = CpuClock.Reading.now().since(before);
        HeapWatch.Peaks peaks = heap.stop();
        List<AuditTally.Checkpoint> progress = new java.util.ArrayList<>();
        progress.add(new AuditTally.Checkpoint(0, 0, before.processNanos()));
        progress.addAll(tally.checkpoints());
        List<Floors.Floor> floors = new Floors(threads).measure(corpus);
        return new BenchmarkResult(corpus, threads, scenarios.size(), startup, audit, spent, tally.articles(),
            tally.characters(), tally.claimsByKind(), tally.findingsBySeverity(), problems.all().size(), tally.fingerprint(),
            peaks, progress, floors);
    }

    /** Loads the sentence, token and tag models before the clock starts: a one-time cost, reported as startup. */
    private static void loadLanguageModels() {
        Document warm = new Document(new Article("warm-up", WARM_UP, null, LineMap.of(WARM_UP)));
        warm.tokens(warm.sentences().get(0));
    }
}

package io.factaudit.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one benchmark run.
 *
 * @param corpus       the corpus audited
 * @param threads      how many articles were audited at once
 * @param scenarios    how many checking scenarios judged every article
 * @param startupNanos reading the sheet and loading the language models
 * @param auditNanos   the streamed audit of every article
 * @param cpu          the CPU time the process used during the audit (every thread, collector included),
 *                     with the JIT compiler's and the collectors' times
 * @param articles     the articles audited (those that could not be read are problems)
 * @param characters   the characters of their text
 * @param claims       claims found, per kind
 * @param findings     findings, per severity
 * @param problems     input problems reported
 * @param fingerprint  a digest of every claim and finding: equal runs find the same things
 * @param heap         what the heap did during the audit
 * @param progress     where the audit stood every tenth of the articles (the first at its start)
 * @param floors       reading the same articles at the least, measured after the audit
 */
public record BenchmarkResult(GeneratedCorpus corpus, int threads, int scenarios, long startupNanos, long auditNanos,
                              CpuClock.Reading cpu, long articles, long characters, Map<String, Long> claims,
                              Map<String, Long> findings, int problems, long fingerprint, HeapWatch.Peaks heap,
                              List<AuditTally.Checkpoint> progress, List<Floors.Floor> floors) {

    /** The aim the benchmark is held to: this many articles ... */
    public static final int AIM_ARTICLES = 10_000;
    /** ... in under this many seconds, startup included ... */
    public static final double AIM_SECONDS = 60;
    /** ... with a heap that never goes past this. */
    public static final long AIM_HEAP_BYTES = 512L * 1024 * 1024;

    private static final double MB = 1_000_000.0;
    private static final double MIB = 1024.0 * 1024.0;

    public BenchmarkResult {
        claims = Map.copyOf(claims);
        findings = Map.copyOf(findings);
        progress = List.copyOf(progress);
        floors = List.copyOf(floors);
    }

    /** The CPU time the process used during the audit, or -1. */
    public long cpuNanos() {
        return cpu.processNanos();
    }

    /** CPU milliseconds per MB of articles: comparable between corpora of any size and article length. */
    public double cpuMillisPerMegabyte() {
        return cpuNanos() / 1e6 / corpus.megabytes();
    }

    public double auditSeconds() {
        return auditNanos / 1e9;
    }

    public double articlesPerSecond() {
        return articles / auditSeconds();
    }

    public double megabytesPerSecond() {
        return corpus.megabytes() / auditSeconds();
    }

    /** The seconds {@link #AIM_ARTICLES} articles take at this run's rate, startup included. */
    public double secondsForAim() {
        return startupNanos / 1e9 + AIM_ARTICLES / articlesPerSecond();
    }

    /**
     * The seconds {@link #AIM_ARTICLES} articles would take, startup included, with every one of
     * {@code threads} cores busy for the audit alone: what the run shows when other work on the
     * machine takes cores from it. Assumes the audit is bound by CPU, which it is once articles are cached.
     */
    public double secondsForAimOnIdleCores() {
        return startupNanos / 1e9 + cpuNanos() / 1e9 / threads * AIM_ARTICLES / articles;
    }

    /** How many cores the audit kept busy on average. */
    public double busyCores() {
        return cpuNanos() / (double) auditNanos;
    }

    public boolean meetsAim() {
        return secondsForAim() < AIM_SECONDS && heapWithinAim();
    }

    private boolean heapWithinAim() {
        return heap.sampled() < AIM_HEAP_BYTES && heap.max() <= AIM_HEAP_BYTES;
    }

    /** The report printed by the benchmark command, one figure a line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "articles     %,d audited (%,d generated, seed %d), %d scenarios each, %d threads",
            articles, corpus.articles(), corpus.seed(), scenarios, threads));
        out.add(String.format(Locale.ROOT, "corpus       %.1f MB in %s", corpus.megabytes(), corpus.folder()));
        out.add(String.format(Locale.ROOT, "startup      %.2f s (sheet read, language models loaded)", startupNanos / 1e9));
        out.add(String.format(Locale.ROOT, "elapsed      %.2f s", auditSeconds()));
        out.add(String.format(Locale.ROOT, "throughput   %,.0f articles/s, %.2f MB/s", articlesPerSecond(), megabytesPerSecond()));
        if (cpuNanos() >= 0) {
            out.add(String.format(Locale.ROOT, "cpu          %.2f s, %.2f ms an article, %.0f ms per MB (%.2f MB per CPU-second), %.2f cores busy on average",
                cpuNanos() / 1e9, cpuNanos() / 1e6 / articles, cpuMillisPerMegabyte(), 1e3 / cpuMillisPerMegabyte(), busyCores()));
            out.add(String.format(Locale.ROOT, "jit, gc      JIT compiler threads %.1f s (%.0f%% of the audit's CPU), collector threads %.1f s (%.0f%%)",
                cpu.jitNanos() / 1e9, share(cpu.jitNanos()), cpu.gcNanos() / 1e9, share(cpu.gcNanos())));
            // the JIT's cost is one per run, whatever the corpus: a corpus of 3 long articles carries all of it on 3 MB
            if (cpu.jitNanos() >= 0 && cpu.gcNanos() >= 0) {
                long readers = cpuNanos() - cpu.jitNanos() - cpu.gcNanos();
                out.add(String.format(Locale.ROOT, "readers      %.0f ms per MB without the JIT's and the collector's threads, %.2f ms an article",
                    readers / 1e6 / corpus.megabytes(), readers / 1e6 / articles));
            }
            out.add("cpu per MB   by tenth of the articles, in ms: " + progressLine());
        }
        for (Floors.Floor f : floors) {
            double perMb = f.cpuNanos() / 1e6 / corpus.megabytes();
            out.add(String.format(Locale.ROOT, "floor        %-27s %7.1f ms per MB (%7.2f MB per CPU-second), the audit %5.1f times it",
                f.name(), perMb, 1e3 / perMb, cpuNanos() / (double) f.cpuNanos()));
        }
        out.add(String.format(Locale.ROOT, "peak heap    %.0f MB used (sampled every 5 ms); heap pools' peaks add up to %.0f MB",
            heap.sampled() / MIB, heap.poolPeaks() / MIB));
        out.add(String.format(Locale.ROOT, "max heap     %.0f MB; %,d collections took %.2f s; %.1f MB kept after the run",
            heap.max() / MIB, heap.collections(), heap.collectionMillis() / 1e3, heap.retained() / MIB));
        out.add(String.format(Locale.ROOT, "claims       %,d (%s)", total(claims), breakdown(claims)));
        out.add(String.format(Locale.ROOT, "findings     %,d (%s)", total(findings), breakdown(findings)));
        out.add(String.format(Locale.ROOT, "problems     %,d", problems));
        out.add(String.format(Locale.ROOT, "fingerprint  %016x (changes only when what the audit finds changes)", fingerprint));
        out.add(String.format(Locale.ROOT, "aim          %,d articles in under %.0f s with under %.0f MB of heap: %s (%,d articles take %.1f s at this rate)",
            AIM_ARTICLES, AIM_SECONDS, AIM_HEAP_BYTES / MIB, meetsAim() ? "met" : "NOT met", AIM_ARTICLES, secondsForAim()));
        if (cpuNanos() >= 0 && busyCores() < threads * 0.9) {
            out.add(String.format(Locale.ROOT, "             the audit had %.2f of its %d cores: with %d idle cores, %,d articles would take about %.1f s",
                busyCores(), threads, threads, AIM_ARTICLES, secondsForAimOnIdleCores()));
        }
        return out;
    }

    /** A JIT or collector time as a percentage of the audit's CPU. */
    private double share(long nanos) {
        return nanos < 0 || cpuNanos() <= 0 ? Double.NaN : 100.0 * nanos / cpuNanos();
    }

    /** The CPU per MB over each stretch between checkpoints, the text's characters counted as the corpus's bytes. */
    private String progressLine() {
        if (progress.size() < 2 || characters == 0) {
            return "n/a";
        }
        double bytesPerChar = corpus.bytes() / (double) characters;
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < progress.size(); i++) {
            AuditTally.Checkpoint from = progress.get(i - 1);
            AuditTally.Checkpoint to = progress.get(i);
            double mb = (to.characters() - from.characters()) * bytesPerChar / 1e6;
            b.append(i > 1 ? " " : "").append(String.format(Locale.ROOT, "%.0f", (to.cpuNanos() - from.cpuNanos()) / 1e6 / mb));
        }
        return b.toString();
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String breakdown(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }
}

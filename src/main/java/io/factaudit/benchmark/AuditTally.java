package io.factaudit.benchmark;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Counts what a streamed audit found and keeps nothing else: articles, claims per kind, findings
 * per severity, and a fingerprint of every claim and finding (a sum of hashes, so the order the
 * threads deliver articles in does not matter) that changes only when what is found changes.
 * Thread-safe: the audit calls it from every worker.
 */
public final class AuditTally implements Consumer<ArticleAudit> {

    /** Where the run stood after so many articles: the characters read and the process's CPU time so far. */
    public record Checkpoint(long articles, long characters, long cpuNanos) {
    }

    private final AtomicLong articles = new AtomicLong();
    private final long every;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final LongAdder characters = new LongAdder();
    private final LongAdder fingerprint = new LongAdder();
    private final Map<String, LongAdder> claims = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> findings = new ConcurrentHashMap<>();

    /** A tally that only counts. */
    public AuditTally() {
        this(0);
    }

    /** A tally that also notes where the run stands every {@code every} articles (0: never). */
    public AuditTally(long every) {
        this.every = every;
    }

    @Override
    public void accept(ArticleAudit audit) {
        characters.add(audit.article().text().length());
        long n = articles.incrementAndGet();
        if (every > 0 && n % every == 0) {
            Checkpoint c = new Checkpoint(n, characters.sum(), CpuClock.processNanos());
            synchronized (checkpoints) {
                checkpoints.add(c);
            }
        }
        String path = audit.article().path();
        for (Claim c : audit.claims()) {
            claims.computeIfAbsent(c.kind(), k -> new LongAdder()).increment();
            fingerprint.add(mix(path.hashCode() * 31L + c.toString().hashCode()));
        }
        for (Finding f : audit.findings()) {
            findings.computeIfAbsent(f.severity().label(), k -> new LongAdder()).increment();
            fingerprint.add(mix(f.line().hashCode() * 31L + f.text().hashCode()));
        }
    }

    public long articles() {
        return articles.get();
    }

    /** Where the run stood every so many articles, in order. */
    public List<Checkpoint> checkpoints() {
        synchronized (checkpoints) {
            List<Checkpoint> result = new ArrayList<>(checkpoints);
            result.sort(java.util.Comparator.comparingLong(Checkpoint::articles));
            return result;
        }
    }

    public long characters() {
        return characters.sum();
    }

    public long claims() {
        return claims.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long findings() {
        return findings.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Claims per kind, in name order. */
    public Map<String, Long> claimsByKind() {
        return sorted(claims);
    }

    /** Findings per severity, in name order. */
    public Map<String, Long> findingsBySeverity() {
        return sorted(findings);
    }

    public long fingerprint() {
        return fingerprint.sum();
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, v.sum()));
        return result;
    }

    /** Spreads a hash over 64 bits (the finaliser of SplitMix64), so that sums of hashes rarely collide. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

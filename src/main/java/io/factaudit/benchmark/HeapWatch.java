package io.factaudit.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while the audit runs: the used heap sampled every few milliseconds (a true
 * peak, though a spike between samples can be missed), the heap pools' own peaks (never missed,
 * but pools peak at different moments, so their sum is an upper bound), the time spent collecting
 * garbage, and what is left after a full collection at the end (what the run kept: a streamed
 * audit keeps nothing, so this stays near zero whatever the corpus size).
 */
public final class HeapWatch {

    /** What was seen; sizes in bytes. */
    public record Peaks(long sampled, long poolPeaks, long retained, long max, long collections, long collectionMillis) {
    }

    private static final long SAMPLE_MILLIS = 5;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final AtomicLong sampled = new AtomicLong();
    private final Thread sampler = new Thread(this::sample, "heap-sampler");
    private final long usedBefore;
    private final long collectionsBefore;
    private final long collectionMillisBefore;
    private volatile boolean running = true;

    private HeapWatch() {
        System.gc();
        usedBefore = usedHeap();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        collectionsBefore = collectors().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        collectionMillisBefore = collectors().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        sampled.set(usedBefore);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage, resets the pools' peaks and starts watching. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    /** Stops watching, collects garbage once more and returns what was seen. */
    public Peaks stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long peak = Math.max(sampled.get(), usedHeap());
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long collections = collectors().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - collectionsBefore;
        long millis = collectors().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - collectionMillisBefore;
        System.gc();
        long retained = Math.max(0, usedHeap() - usedBefore);
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return new Peaks(peak, poolPeaks, retained, max, collections, millis);
    }

    private void sample() {
        while (running) {
            sampled.accumulateAndGet(usedHeap(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static java.util.stream.Stream<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(gc -> gc.getCollectionCount() >= 0);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

package io.factaudit.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the process's CPU goes: the whole process (every thread: the audit's, the JIT compiler's,
 * the collector's), the JIT compiler threads' and the collector threads' CPU. Unlike elapsed time
 * these hardly change with what else the machine runs. The threads' CPU comes from Linux's
 * {@code /proc/self/task}, by thread name ("C1/C2 CompilerThread", "GC Thread", "G1 ..."); where
 * there is none, from the JVM's management beans, which give the compiler's and collectors'
 * elapsed time instead (more than their CPU on a busy machine). Compiler threads that the JVM
 * stops during the run take their CPU with them, so the JIT share is a lower bound.
 */
public final class CpuClock {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux counts a thread's CPU in ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** A reading of the three clocks, in nanoseconds; -1 where there is none. */
    public record Reading(long processNanos, long jitNanos, long gcNanos) {

        static Reading now() {
            long[] threads = threadNanos();
            return new Reading(CpuClock.processNanos(), threads[0], threads[1]);
        }

        /** What was spent since an earlier reading. */
        Reading since(Reading before) {
            return new Reading(processNanos - before.processNanos, jitNanos - before.jitNanos, gcNanos - before.gcNanos);
        }
    }

    private CpuClock() {
    }

    /** The CPU time the whole process has used, or -1. */
    static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The JIT compiler threads' and the collector threads' time, in that order. */
    private static long[] threadNanos() {
        if (Files.isDirectory(TASKS)) {
            long jit = 0;
            long gc = 0;
            try (Stream<Path> tasks = Files.list(TASKS)) {
                for (Path task : tasks.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (IOException e) {
                        continue; // the thread ended while we looked
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK; // utime, stime
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        jit += nanos;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        gc += nanos;
                    }
                }
                return new long[] {jit, gc};
            } catch (IOException | RuntimeException e) {
                // fall through to the beans
            }
        }
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long jit = compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() * 1_000_000 : -1;
        long gc = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, collector.getCollectionTime()) * 1_000_000;
        }
        return new long[] {jit, gc};
    }
}

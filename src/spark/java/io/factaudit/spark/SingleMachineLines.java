package io.factaudit.spark;

import com.sun.management.OperatingSystemMXBean;
import io.factaudit.audit.AuditSession;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import io.factaudit.sheet.SheetConflicts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * The single-machine audit of an archive (the engine's own session, on every core, streamed: each
 * article's audit by every sheet, merged as report.json merges it, is written as lines and dropped),
 * for an archive whose report.json would not fit in memory. Says how long it took and its CPU time.
 */
final class SingleMachineLines {

    private SingleMachineLines() {
    }

    /** Audits the sheets' articles into {@code lines}; returns what it did, in a line to print. */
    static String write(Path root, Path sheets, Path lines) throws IOException {
        long cpu = processCpuNanos();
        long begins = System.nanoTime();
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).readAll(sheets, problems);
        AuditSession session = AuditSession.open(root, problems);
        LongAdder articles = new LongAdder();
        try (BufferedWriter w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            session.stream(scenarios, audit -> {
                String text = ReportLines.of(audit);
                synchronized (w) {
                    try {
                        w.write(text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                articles.increment();
            });
            SheetConflicts.among(scenarios).forEach(problems::add);
            for (Problem p : problems.all()) {
                w.write(ReportLines.of(p));
                w.newLine();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - begins) / 1e9;
        long n = articles.sum();
        return String.format(Locale.ROOT, "the single-machine audit of %s: %,d articles in %.1f s (%d threads),"
            + " %.2f ms CPU per article", sheets.getFileName(), n, seconds, Runtime.getRuntime().availableProcessors(),
            (processCpuNanos() - cpu) / 1e6 / Math.max(1, n));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}

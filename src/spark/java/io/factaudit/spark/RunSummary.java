package io.factaudit.spark;

import io.factaudit.audit.AuditReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What a run did: how many audits (an article judged by a sheet) it made again and how many it
 * carried over from the previous run, per sheet, and the report it wrote (null when none).
 */
record RunSummary(long audits, long reaudited, long carried, long articlesReaudited, List<SheetRun> sheets,
                  boolean previousFound, String harness, String output, AuditReport report) {

    /** One sheet's share: {@code change} is "new", "changed" or "unchanged" since the previous run. */
    record SheetRun(String uri, String change, long reaudited, long carried) {
    }

    static RunSummary of(List<Row> counts, long articlesReaudited, SheetSet sheets, PreviousRun previous, String harness,
                         String output) {
        Map<String, String> before = new HashMap<>();
        previous.audits().select("sheet", "sheet_hash").distinct().collectAsList()
            .forEach(r -> before.put(r.getString(0), r.getString(1)));
        Map<String, long[]> bySheet = new HashMap<>();
        for (Row r : counts) {
            long[] n = bySheet.computeIfAbsent(r.getString(0), k -> new long[2]);
            n[r.getBoolean(1) ? 1 : 0] += r.getLong(2);
        }
        List<SheetRun> runs = new ArrayList<>();
        long reaudited = 0;
        long carried = 0;
        for (SheetSource s : sheets.sources().values()) {
            long[] n = bySheet.getOrDefault(s.uri(), new long[2]);
            String change = !before.containsKey(s.uri()) ? "new" : before.get(s.uri()).equals(s.hash()) ? "unchanged" : "changed";
            runs.add(new SheetRun(s.uri(), change, n[0], n[1]));
            reaudited += n[0];
            carried += n[1];
        }
        return new RunSummary(reaudited + carried, reaudited, carried, articlesReaudited, runs, previous.found(), harness,
            output, null);
    }

    RunSummary withReport(AuditReport value) {
        return new RunSummary(audits, reaudited, carried, articlesReaudited, sheets, previousFound, harness, output, value);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "fact-audit on Spark: %,d audits (article by sheet): %,d re-audited (%,d articles"
            + " read), %,d carried over from %s", audits, reaudited, articlesReaudited, carried,
            previousFound ? "the previous run" : "no previous run"));
        for (SheetRun s : sheets) {
            lines.add(String.format(Locale.ROOT, "  %s (%s): %,d re-audited, %,d carried over", s.uri(), s.change(),
                s.reaudited(), s.carried()));
        }
        lines.add("  harness " + harness + "; tables in " + output + " (audits, claims, findings, problems)");
        if (report != null) {
            report.problems().forEach(p -> lines.add(p.format()));
            lines.add(report.summary().line());
        }
        return lines;
    }
}

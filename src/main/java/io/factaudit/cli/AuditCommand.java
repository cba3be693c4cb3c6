package io.factaudit.cli;

import io.factaudit.audit.AuditSession;
import io.factaudit.audit.ScenarioResult;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.Reports;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code audit [sheets]}: the audit without Cucumber; writes the reports, exits 1 on new contradictions. */
final class AuditCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args);
        Path sheets = paths.isEmpty() ? root.resolve("features") : root.resolve(paths.get(0));
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).readAll(sheets, problems);
        AuditSession session = AuditSession.open(root, problems);
        List<ScenarioResult> results = session.checkAll(scenarios);
        AuditReport report = session.report();
        Reports.writeAll(report, root.resolve("target").resolve("fact-audit"));
        boolean failed = false;
        for (ScenarioResult r : results) {
            if (!r.failures().isEmpty()) {
                out.println(r.failureMessage());
                failed = true;
            }
        }
        report.problems().forEach(p -> out.println(p.format()));
        out.println(report.summary().line());
        return failed ? 1 : 0;
    }
}

package io.factaudit.cli;

import io.factaudit.audit.AuditSession;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.check.Finding;
import io.factaudit.check.Severity;
import io.factaudit.check.Status;
import io.factaudit.input.Problems;
import io.factaudit.report.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code acknowledge --by NAME --why TEXT [sheets]}: records every current new contradiction in
 * {@code features/acknowledgements.json} and drops the entries that match nothing any more.
 */
final class AcknowledgeCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        String by = Main.option(args, "--by", System.getProperty("user.name", "editor"));
        String why = Main.option(args, "--why", "acknowledged by the newsroom");
        List<String> paths = Main.positional(args, "--by", "--why");
        Path sheets = paths.isEmpty() ? root.resolve("features") : root.resolve(paths.get(0));
        Problems problems = new Problems();
        AuditSession session = AuditSession.open(root, problems);
        session.checkAll(new FactSheetReader(root).readAll(sheets, problems));
        AuditReport report = session.report();
        List<Finding> all = report.findings();
        List<Finding> fresh = all.stream()
            .filter(f -> f.status() == Status.NEW && f.severity() == Severity.CONTRADICTION).toList();
        Acknowledgements updated = session.acknowledgements().withoutStale(all)
            .with(fresh, why, by, LocalDate.now().toString());
        Path file = root.resolve("features").resolve(Acknowledgements.FILE);
        updated.save(file);
        fresh.forEach(f -> out.println("acknowledged " + f.line()));
        report.stale().forEach(a -> out.println("removed stale " + a.article() + ": \"" + a.text() + "\" (" + a.reason() + ")"));
        out.println(updated.entries().size() + " acknowledgements in " + root.relativize(file));
        return 0;
    }
}

package io.factaudit.cli;

import io.factaudit.audit.AuditSession;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.check.Finding;
import io.factaudit.check.Severity;
import io.factaudit.check.Status;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code acknowledge --by NAME --why TEXT [--sheets PATH] [--article PATH] [--words TEXT] [--reason REASON]
 * [--dry-run]}: records the current new contradictions (or, with {@code --reason}, the new findings of
 * that reason) that the filters pick in {@code features/acknowledgements.json}, and drops the picked
 * entries that match nothing any more. Only the articles and sheets audited are judged: an entry of
 * another sheet is never touched. {@code --dry-run} shows what would be added and removed.
 */
final class AcknowledgeCommand implements Main.Command {

    private static final String[] VALUED = {"--by", "--why", "--sheets", "--article", "--words", "--reason"};

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        String by = Main.option(args, "--by", System.getProperty("user.name", "editor"));
        String why = Main.option(args, "--why", "acknowledged by the newsroom");
        List<String> paths = Main.positional(args, VALUED);
        String sheetsOption = Main.option(args, "--sheets", paths.isEmpty() ? "features" : paths.get(0));
        boolean dryRun = args.contains("--dry-run");
        Pick pick = new Pick(Main.option(args, "--article", null), Main.option(args, "--words", null),
            Main.option(args, "--reason", null));
        Problems problems = new Problems();
        AuditSession session = AuditSession.open(root, problems);
        session.checkAll(new FactSheetReader(root).readAll(root.resolve(sheetsOption), problems));
        AuditReport report = session.report();
        List<Finding> fresh = report.findings().stream().filter(f -> f.status() == Status.NEW)
            .filter(f -> pick.reason() != null || f.severity() == Severity.CONTRADICTION)
            .filter(pick::finding).toList();
        List<Acknowledgement> stale = report.stale().stream().filter(pick::entry).toList();
        problems.all().forEach(p -> out.println(p.format()));
        String verb = dryRun ? "would acknowledge " : "acknowledged ";
        fresh.forEach(f -> out.println(verb + f.line() + "\n  \"" + f.text() + "\""));
        stale.forEach(a -> out.println((dryRun ? "would remove stale " : "removed stale ") + a.article() + ": \"" + a.text()
            + "\" (" + a.reason() + ")"));
        if (fresh.isEmpty() && stale.isEmpty()) {
            out.println("no new finding" + pick.described() + " to acknowledge and no stale entry to remove;"
                + " acknowledgements.json is unchanged");
            return pick.any() ? 1 : 0;
        }
        Acknowledgements updated = session.acknowledgements().without(stale).with(fresh, why, by, LocalDate.now().toString());
        Path file = root.resolve("features").resolve(Acknowledgements.FILE);
        if (dryRun) {
            out.println("dry run: " + root.relativize(file) + " is unchanged (it would hold " + updated.entries().size()
                + (updated.entries().size() == 1 ? " acknowledgement)" : " acknowledgements)"));
            return 0;
        }
        updated.save(file);
        out.println(updated.entries().size() + (updated.entries().size() == 1 ? " acknowledgement in " : " acknowledgements in ")
            + root.relativize(file));
        return 0;
    }

    /** The findings an editor picked: by article path, by words of the claim, by reason (each optional). */
    private record Pick(String article, String words, String reason) {

        boolean any() {
            return article != null || words != null || reason != null;
        }

        boolean finding(Finding f) {
            return matches(f.path(), f.text(), f.reason().label());
        }

        boolean entry(Acknowledgement a) {
            return matches(a.article(), a.text(), a.reason());
        }

        private boolean matches(String path, String text, String label) {
            Predicate<String> words = t -> this.words == null
                || t.toLowerCase(Locale.ROOT).contains(this.words.toLowerCase(Locale.ROOT));
            return (article == null || Path.of(path).normalize().equals(Path.of(article).normalize()))
                && words.test(text) && (reason == null || reason.equalsIgnoreCase(label));
        }

        String described() {
            return (article == null ? "" : " in " + article) + (words == null ? "" : " with the words \"" + words + "\"")
                + (reason == null ? "" : " of reason \"" + reason + "\"");
        }
    }
}

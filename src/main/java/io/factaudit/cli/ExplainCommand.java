package io.factaudit.cli;

import io.factaudit.article.Article;
import io.factaudit.article.TextPosition;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.input.Problems;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explain <article> [--sheets features]}: how the harness read one article — every claim
 * (kind, words, line, interval, subject, source, date) and every finding, for every sheet that
 * audits the article.
 */
final class ExplainCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args, "--sheets");
        if (paths.isEmpty()) {
            throw new Main.UsageException("name the article: explain seeds/002_0dd0eadf4034c5cd.txt [--sheets features]");
        }
        Path article = root.resolve(paths.get(0)).toAbsolutePath().normalize();
        Path sheets = root.resolve(Main.option(args, "--sheets", "features"));
        Problems problems = new Problems();
        List<ScenarioFacts> covering = new ArrayList<>();
        for (ScenarioFacts s : new FactSheetReader(root).readAll(sheets, problems)) {
            if (covers(s, article)) {
                covering.add(new ScenarioFacts(s.uri(), s.name(), s.line(), List.of(new ArticleScope(article, false, s.where())), s.facts()));
            }
        }
        if (covering.isEmpty()) {
            out.println("no sheet under " + sheets + " audits " + paths.get(0) + "; name the sheets with --sheets");
            return 1;
        }
        AuditSession session = AuditSession.open(root, problems);
        session.checkAll(covering);
        for (ArticleAudit audit : session.report().articles()) {
            print(audit, out);
        }
        problems.all().forEach(p -> out.println(p.format()));
        return 0;
    }

    private static boolean covers(ScenarioFacts s, Path article) {
        return s.scopes().stream().anyMatch(scope -> scope.folder() ? article.startsWith(scope.path()) : article.equals(scope.path()));
    }

    private static void print(ArticleAudit audit, PrintStream out) {
        Article a = audit.article();
        out.println(a.path() + " (published " + (a.published() == null ? "unknown: undated" : a.published()) + ")");
        out.println(audit.claims().size() + " claims:");
        for (Claim c : audit.claims()) {
            TextPosition p = a.positionOf(c.span().start());
            out.printf("  %d:%d %-10s \"%s\"%n      %s%n", p.line(), p.column(), c.kind(), c.text(), details(c));
        }
        out.println(audit.findings().size() + " findings:");
        for (Finding f : audit.findings()) {
            out.println("  " + f.describe().replace("\n", "\n  ") + (f.fact() == null ? "" : "\n    fact: " + f.fact()));
        }
    }

    private static String details(Claim claim) {
        if (claim instanceof CountClaim c) {
            return "subject " + c.subject() + ", interval " + c.interval().describe() + " [" + c.interval().low() + ", "
                + c.interval().high() + "], source " + (c.source() == null ? "none" : c.source()
                + (c.sourceOnSheet() ? "" : " (not on the sheet)")) + (c.earlier() ? ", marked as an earlier figure" : "")
                + (c.asOf() == null ? "" : ", as of " + c.asOf());
        }
        if (claim instanceof StateClaim c) {
            return "subject " + c.subject() + ", state " + c.state() + (c.negated() ? ", negated" : ", affirmed")
                + (c.time() == null ? "" : ", timed " + c.time().days());
        }
        if (claim instanceof QuoteClaim c) {
            return "speaker " + (c.speaker() == null ? "unknown" : c.speaker()) + ", words \"" + c.words() + "\"";
        }
        if (claim instanceof TitleClaim c) {
            return "person " + c.person() + " written \"" + c.written() + "\", title \"" + c.title() + "\"";
        }
        EventDateClaim c = (EventDateClaim) claim;
        String days = c.from() == null ? "an unknown date (the article is undated)"
            : c.from().equals(c.to()) ? c.from().toString() : c.from() + " to " + c.to();
        return "event " + c.event() + ", dated \"" + c.when() + "\": " + days
            + (c.relative() ? " (read from the article's date)" : "");
    }
}

package io.factaudit.cli;

import io.factaudit.article.Article;
import io.factaudit.article.TextPosition;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.check.Status;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.CountDecision;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.ScenarioFacts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explain <article> [--sheets features]}: how the harness read one article — every claim
 * (kind, words, line, interval, subject, source, date) and every finding, for every sheet that
 * audits the article; then, for every number of a sentence that names a sheet's subject, the count
 * read or the rule that set the number aside.
 */
final class ExplainCommand implements Main.Command {

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        List<String> paths = Main.positional(args, "--sheets");
        if (paths.isEmpty()) {
            throw new Main.UsageException("name the article: explain seeds/002_0dd0eadf4034c5cd.txt [--sheets features]");
        }
        Path article = root.resolve(paths.get(0)).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(article)) {
            out.println(paths.get(0) + ": problem: there is no article here (looked for " + article + "): give the path of"
                + " an article file, relative to the project");
            return 1;
        }
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
        AuditReport report = session.report();
        for (ArticleAudit audit : report.articles()) {
            print(audit, report, out);
            printCountReading(audit.article(), covering, out);
        }
        problems.all().forEach(p -> out.println(p.format()));
        return 0;
    }

    private static boolean covers(ScenarioFacts s, Path article) {
        return s.scopes().stream().anyMatch(scope -> scope.folder() ? article.startsWith(scope.path()) : article.equals(scope.path()));
    }

    private static void print(ArticleAudit audit, AuditReport report, PrintStream out) {
        Article a = audit.article();
        out.println(a.path() + " (published " + (a.published() == null ? "unknown: undated" : a.published()) + ")");
        out.println(count(audit.claims().size(), "claim") + ":");
        for (Claim c : audit.claims()) {
            TextPosition p = a.positionOf(c.span().start());
            out.printf("  %d:%d %-10s \"%s\"%n      %s%n", p.line(), p.column(), c.kind(), c.text(), details(c, audit, report));
        }
        out.println(count(audit.findings().size(), "finding") + ":");
        for (Finding f : audit.findings()) {
            String acknowledged = f.status() != Status.ACKNOWLEDGED ? "" : "\n    acknowledged" + report.acknowledgementOf(f)
                .map(ack -> " by " + ack.by() + " on " + ack.on() + ": " + ack.why()).orElse("");
            out.println("  " + (f.status() == Status.ACKNOWLEDGED ? "[acknowledged] " : "") + f.describe().replace("\n", "\n  ")
                + (f.fact() == null ? "" : "\n    fact: " + f.fact()) + acknowledged);
        }
    }

    /** For every number of a sentence that names a sheet's subject: the claim read, or the rule that set it aside. */
    private static void printCountReading(Article a, List<ScenarioFacts> scenarios, PrintStream out) {
        Document document = new Document(a);
        for (ScenarioFacts s : scenarios) {
            List<CountDecision> decisions = new CountReader().decisions(document, s.facts());
            if (decisions.isEmpty()) {
                continue;
            }
            out.println("numbers in sentences that name a subject of \"" + s.name() + "\":");
            for (CountDecision d : decisions) {
                TextPosition p = a.positionOf(d.number().start());
                out.printf("  %d:%d %s%n", p.line(), p.column(), d.describe(document.text()));
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Who said a quote: the speaker the article names, else the one the sheet gives for these words
     * when a finding matched them to the sheet (so the claim says what its finding says).
     */
    private static String speaker(QuoteClaim c, ArticleAudit audit, AuditReport report) {
        if (c.speaker() != null) {
            return c.speaker();
        }
        return audit.findings().stream().filter(f -> f.fact() != null && f.span().equals(c.span()))
            .flatMap(f -> report.scenarios().stream().flatMap(s -> s.facts().quotes().stream())
                .filter(q -> f.fact().equals(q.where())))
            .map(KnownQuote::speaker).findFirst()
            .map(s -> "not named in the article (the sheet's words are " + s + "'s)").orElse("not named in the article");
    }

    private static String details(Claim claim, ArticleAudit audit, AuditReport report) {
        if (claim instanceof CountClaim c) {
            return "subject " + c.subject() + ", interval " + c.interval().describe() + " [" + c.interval().low() + ", "
                + c.interval().high() + "], source " + (c.source() == null ? "none" : c.source()
                + (c.sourceOnSheet() ? "" : " (not on the sheet)")) + (c.earlier() ? ", marked as an earlier figure" : "")
                + (c.asOf() == null ? "" : ", as of " + c.asOf()) + (c.where() == null ? "" : ", in " + c.where());
        }
        if (claim instanceof StateClaim c) {
            return "subject " + c.subject() + ", state " + c.state() + (c.negated() ? ", negated" : ", affirmed")
                + (c.time() == null ? "" : ", timed " + c.time().days());
        }
        if (claim instanceof QuoteClaim c) {
            return "speaker " + speaker(c, audit, report) + ", words \"" + c.words() + "\"";
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

package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.check.Status;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.input.Problem;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small audit built by hand for the report writers' tests: one sheet, an article with a count
 * that agrees, a contradiction, a warning, an info and an acknowledged finding; an article whose
 * text and claims carry markup and script; an article with nothing to say about the sheet.
 */
final class SampleAudit {

    static final String SHEET = "features/nk-troops.feature";
    static final String BRIEF = "seeds/kursk-brief.txt";
    static final String LETTERS = "seeds/in-brief & letters.txt";
    static final String QUIET = "seeds/quiet.txt";
    static final String SUBJECT = "North Korean troops";

    static final String BRIEF_TEXT = """
        Seoul, Oct. 30 -- North Korea has sent troops to help Russia.
        About 3,000 North Korean soldiers are now in Russia, South Korea said.
        South Korea said 8,000 North Korean troops had reached the Kursk region.
        The NIS says 1,500 North Korean troops are in Russia's Far East.
        NATO officials spoke of 12,000 North Korean troops.
        North Korean troops are fighting alongside Russian forces, a local official said.
        """;

    static final String LETTERS_TEXT = """
        Letters from readers
        A reader writes: <script>alert(1)</script>
        Another counted 20,000 North Korean troops <img src=x onerror=alert(1)> at the parade.
        The Pentagon said 11,000 North Korean troops</script><script>window.factAuditPwned=true</script> were in Russia.
        """;

    static final String FIGHTING = "North Korean troops are fighting alongside Russian forces";

    private SampleAudit() {
    }

    static AuditReport report() {
        return new AuditReport(List.of(letters(), quiet(), brief()), List.of(scenario(), milestoneScenario()),
            List.of(new Problem(SHEET, 18, "the count \"ten thousand\" is not a count: write 3,000, about 10,000,"
                + " at least 10,000, more than 10,000, up to 8,000 or 11,000 to 12,000")),
            List.of(new Acknowledgement(BRIEF, "10,000 North Korean troops", "contradiction", "figure corrected in print",
                "a.editor", "2024-10-31")),
            List.of(new Acknowledgement(BRIEF, FIGHTING, "state before its date", "correction pending", "m.lee",
                "2024-11-02")));
    }

    static List<Estimate> estimates() {
        return List.of(
            estimate("South Korea", "2024-10-18", "about 1,500", new Interval(1350L, 1650L), "first contingent", 12),
            estimate("South Korea", "2024-10-23", "about 3,000", new Interval(2700L, 3300L), "sent so far", 13),
            estimate("United States", "2024-10-28", "about 10,000", new Interval(9000L, 11000L), "training in Russia", 14),
            estimate("United States", "2024-10-31", "up to 8,000", Interval.upTo(8000), "in the Kursk region", 15),
            estimate("United States", "2024-11-04", "11,000 to 12,000", new Interval(11000L, 12000L),
                "in Russia in total", 16),
            estimate("South Korea", "2024-11-20", "more than 11,000", Interval.atLeast(11000), "in Kursk", 17));
    }

    private static ScenarioFacts scenario() {
        Facts facts = new Facts(names(), estimates(), List.of(), List.of(), List.of(), List.of(), Policy.DEFAULT);
        return new ScenarioFacts(SHEET, "Troop estimates by source and date", 10, scopes(), facts);
    }

    private static ScenarioFacts milestoneScenario() {
        Milestone fighting = new Milestone(SUBJECT, "fighting", LocalDate.parse("2024-11-04"),
            List.of("fighting alongside"), at(21));
        Facts facts = new Facts(names(), List.of(), List.of(fighting), List.of(), List.of(), List.of(), Policy.DEFAULT);
        return new ScenarioFacts(SHEET, "Not in combat before November", 19, scopes(), facts);
    }

    private static List<ArticleScope> scopes() {
        return List.of(new ArticleScope(Path.of("seeds"), true, at(4)));
    }

    private static List<Name> names() {
        return List.of(new Name(SUBJECT, List.of("North Korean soldiers"), at(6)),
            new Name("South Korea", List.of("NIS"), at(7)),
            new Name("United States", List.of("Pentagon"), at(8)),
            new Name("NATO", List.of("NATO officials"), at(9)));
    }

    private static ArticleAudit brief() {
        Article article = article(BRIEF, BRIEF_TEXT, "2024-10-30");
        List<Claim> claims = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        claims.add(count(article, "About 3,000 North Korean soldiers", new Interval(2700L, 3300L), "South Korea"));
        CountClaim misattributed = count(article, "8,000 North Korean troops", Interval.exactly(8000), "South Korea");
        claims.add(misattributed);
        findings.add(finding(article, misattributed, Reason.MISATTRIBUTED, at(15), "says South Korea put North Korean"
            + " troops at 8,000, but that is the United States' estimate (up to 8,000 as of 2024-10-31); South Korea's"
            + " latest estimate before 2024-10-30 is about 3,000 (features/nk-troops.feature:13)"));
        CountClaim outdated = count(article, "1,500 North Korean troops", Interval.exactly(1500), "South Korea");
        claims.add(outdated);
        findings.add(finding(article, outdated, Reason.OUTDATED, at(13), "gives South Korea's estimate of 2024-10-18"
            + " (about 1,500), which South Korea revised to about 3,000 on 2024-10-23, before this article of"
            + " 2024-10-30: say the figure was an earlier one, or update it"));
        CountClaim unverifiable = count(article, "12,000 North Korean troops", Interval.exactly(12000), "NATO");
        claims.add(unverifiable);
        findings.add(finding(article, unverifiable, Reason.UNVERIFIABLE, at(9), "cites NATO for 12,000 North Korean"
            + " troops, but the sheet has no estimates from NATO: add NATO's estimates to check it"));
        StateClaim fighting = new StateClaim(spanOf(article, FIGHTING), FIGHTING, SUBJECT, "fighting", false, null);
        claims.add(fighting);
        findings.add(finding(article, fighting, Reason.STATE_BEFORE_ITS_DATE, at(21), "says North Korean troops were"
            + " fighting, but the sheet has them fighting only from 2024-11-04 and this article was published"
            + " 2024-10-30 (features/nk-troops.feature:21)").acknowledged());
        return new ArticleAudit(article, claims, findings);
    }

    private static ArticleAudit letters() {
        Article article = article(LETTERS, LETTERS_TEXT, "2024-11-06");
        CountClaim parade = count(article, "20,000 North Korean troops <img src=x onerror=alert(1)>",
            Interval.exactly(20000), null);
        CountClaim pentagon = count(article,
            "11,000 North Korean troops</script><script>window.factAuditPwned=true</script>",
            Interval.exactly(11000), "United States");
        Finding contradiction = finding(article, parade, Reason.CONTRADICTION, at(16), "says \"20,000 North Korean"
            + " troops <img src=x onerror=alert(1)>\", but no estimate known on 2024-11-06 comes near 20,000: the"
            + " highest is 11,000 to 12,000 (United States, 2024-11-04)");
        return new ArticleAudit(article, List.of(parade, pentagon), List.of(contradiction));
    }

    private static ArticleAudit quiet() {
        return new ArticleAudit(article(QUIET, "Markets were calm on Friday.\n", "2024-11-01"), List.of(), List.of());
    }

    private static Article article(String path, String text, String published) {
        return new Article(path, text, LocalDate.parse(published), LineMap.of(text));
    }

    private static CountClaim count(Article article, String words, Interval interval, String source) {
        return new CountClaim(spanOf(article, words), words, SUBJECT, interval, source, source != null, false, null);
    }

    private static Finding finding(Article article, Claim claim, Reason reason, FactLocation fact, String message) {
        String rule = reason.rule() != null ? reason.rule() : claim.kind();
        return new Finding(article.path(), claim.span(), article.positionOf(claim.span().start()), claim.text(), rule,
            reason, Status.NEW, fact, message);
    }

    private static Span spanOf(Article article, String words) {
        int start = article.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in " + article.path());
        }
        return new Span(start, start + words.length());
    }

    private static Estimate estimate(String source, String asOf, String cell, Interval count, String note, int line) {
        return new Estimate(SUBJECT, source, LocalDate.parse(asOf), count, cell, note, at(line));
    }

    private static FactLocation at(int line) {
        return new FactLocation(SHEET, line);
    }
}

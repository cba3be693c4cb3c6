package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.input.Problem;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.ScenarioFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything report.html shows, as plain values for its template: the summary per sheet and in
 * total, the articles from the most wrong down, the estimates charts and the articles' texts.
 *
 * @param chartData the charts' data as script-safe JSON (see {@link ScriptJson})
 */
public record HtmlPage(String summaryLine, Summary total, List<SheetSummary> sheets, List<ArticleSection> articles,
                       List<ChartBox> charts, String chartData, List<ProblemRow> problems, List<StaleRow> stale,
                       PageAssets assets, AboutAudit about) {

    /** What the audit was: when made, its sheets and articles, and the claims each scenario matched. */
    public record AboutAudit(String sentence, List<ScenarioRow> scenarios) {
    }

    /** A scenario and how many claims its facts matched ("no claim": it checked nothing). */
    public record ScenarioRow(String where, String name, String matched, boolean nothing) {
    }

    /** Where a chart is drawn: its data is the entry at {@code index} of the chart data. */
    public record ChartBox(int index, String subject, String sheets, String undated, String place) {
    }

    public record ProblemRow(String where, String message) {
    }

    public record StaleRow(String article, String words, String reason, String acknowledged) {
    }

    /** Articles with more contradictions first, then more warnings, then by path. */
    static final Comparator<ArticleSection> MOST_WRONG_FIRST = Comparator
        .comparingInt((ArticleSection a) -> -a.counts().contradictions())
        .thenComparingInt(a -> -a.counts().warnings())
        .thenComparingInt(a -> -a.counts().info())
        .thenComparing(ArticleSection::path);

    static HtmlPage of(AuditReport report) {
        List<ArticleSection> sections = new ArrayList<>();
        List<EstimateChart.Claimed> counts = new ArrayList<>();
        int number = 0;
        for (ArticleAudit audit : report.articles()) {
            ArticleSection.Built built = ArticleSection.of(JudgedArticle.of(audit), ++number, report);
            sections.add(built.section());
            counts.addAll(built.counts());
        }
        sections.sort(MOST_WRONG_FIRST);
        List<Estimate> estimates = report.scenarios().stream()
            .map(ScenarioFacts::facts).flatMap(f -> f.estimates().stream()).toList();
        List<EstimateChart> charts = EstimateChart.of(estimates, counts);
        List<ChartBox> boxes = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            EstimateChart c = charts.get(i);
            boxes.add(new ChartBox(i, c.subject(), String.join(", ", c.sheets()), c.undated() == 0 ? ""
                : c.undated() + (c.undated() == 1 ? " count claim" : " count claims") + " from undated articles not drawn",
                c.place()));
        }
        Summary total = report.summary();
        return new HtmlPage(total.line(), total, SheetSummary.of(report), sections, boxes,
            ScriptJson.write(Map.of("charts", charts)), report.problems().stream().map(HtmlPage::problem).toList(),
            report.stale().stream().map(HtmlPage::stale).toList(), PageAssets.get(), about(report));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean hasStale() {
        return !stale.isEmpty();
    }

    public boolean hasCharts() {
        return !charts.isEmpty();
    }

    private static AboutAudit about(AuditReport report) {
        List<ScenarioRow> rows = new ArrayList<>();
        for (ScenarioFacts s : report.scenarios()) {
            Integer n = report.info().matched(s.uri(), s.line());
            String matched = n == null ? "" : n == 0 ? "matched no claim" : n == 1 ? "matched 1 claim" : "matched " + n + " claims";
            rows.add(new ScenarioRow(s.uri() + ":" + s.line(), s.name(), matched, n != null && n == 0));
        }
        return new AboutAudit(report.info().sentence(), rows);
    }

    private static ProblemRow problem(Problem p) {
        return new ProblemRow(p.line() > 0 ? p.path() + ":" + p.line() : p.path(), p.message());
    }

    private static StaleRow stale(Acknowledgement a) {
        return new StaleRow(a.article(), a.text(), a.reason(), "by " + a.by() + " on " + a.on() + ": " + a.why());
    }
}

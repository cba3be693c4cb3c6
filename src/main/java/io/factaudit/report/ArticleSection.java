package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import io.factaudit.article.Article;
import io.factaudit.check.Finding;
import io.factaudit.claim.CountClaim;
import io.factaudit.report.Highlighter.Mark;
import io.factaudit.report.Highlighter.Piece;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One article as report.html shows it: its text with every claim and finding highlighted by
 * verdict, and beside it each finding with its message and the fact it refers to. Every field is
 * plain text; the template escapes it.
 */
public record ArticleSection(String anchor, String path, String published, String verdict, boolean open,
                             Summary counts, List<TextPiece> pieces, List<FindingRow> findings) {

    /** A piece of the article's text; marked pieces carry the verdict and what was understood. */
    public record TextPiece(String text, boolean marked, String verdict, String title, List<String> anchors) {
    }

    /**
     * A finding beside the text.
     *
     * @param target       the id of the highlighted words
     * @param where        line and column in the article's file
     * @param fact         the sheet and line of the fact, or empty
     * @param acknowledged who acknowledged it and why, or empty
     */
    public record FindingRow(String target, String verdict, String severity, String reason, String where,
                             String words, String message, String fact, String acknowledged) {
    }

    /** The section and the count claims it highlights, which the charts place as points. */
    record Built(ArticleSection section, List<EstimateChart.Claimed> counts) {
    }

    static Built of(JudgedArticle judged, int number, AuditReport report) {
        Article article = judged.audit().article();
        String anchor = "article-" + number;
        List<Mark> marks = new ArrayList<>();
        Map<Finding, String> targets = new IdentityHashMap<>();
        List<EstimateChart.Claimed> counts = new ArrayList<>();
        for (int i = 0; i < judged.claims().size(); i++) {
            JudgedClaim c = judged.claims().get(i);
            String id = anchor + "-claim-" + (i + 1);
            marks.add(new Mark(c.claim().span(), c.verdict(), id, ClaimWords.of(c.claim()) + ": " + verdictWords(c)));
            c.findings().forEach(f -> targets.put(f, id));
            if (c.claim() instanceof CountClaim count) {
                counts.add(new EstimateChart.Claimed(count.subject(), article.published(), count.interval(),
                    article.path(), id, count.text(), count.source(), c.verdict(), count.where()));
            }
        }
        for (int i = 0; i < judged.unclaimed().size(); i++) {
            Finding f = judged.unclaimed().get(i);
            String id = anchor + "-finding-" + (i + 1);
            marks.add(new Mark(f.span(), Verdict.of(f), id, kindOf(f)));
            targets.put(f, id);
        }
        List<FindingRow> rows = judged.audit().findings().stream()
            .map(f -> row(f, targets.get(f), report)).toList();
        Summary counted = Summary.of(List.of(judged.audit()));
        Verdict verdict = judged.verdict();
        ArticleSection section = new ArticleSection(anchor, article.path(),
            article.published() == null ? "undated" : article.published().toString(), verdict.label(),
            counted.contradictions() + counted.warnings() > 0, counted, pieces(article.text(), marks), rows);
        return new Built(section, counts);
    }

    private static String verdictWords(JudgedClaim c) {
        if (c.findings().isEmpty()) {
            return "agrees";
        }
        return c.findings().stream()
            .map(ArticleSection::kindOf)
            .collect(Collectors.joining("; "));
    }

    /** "warning outdated", "acknowledged altered quote"; a reason named like its severity once. */
    private static String kindOf(Finding f) {
        String verdict = Verdict.of(f) == Verdict.ACKNOWLEDGED ? "acknowledged" : f.severity().label();
        return verdict.equals(f.reason().label()) ? verdict : verdict + " " + f.reason().label();
    }

    /** "5 claims: 1 contradiction, 2 warnings, 1 info, 0 acknowledged". */
    public String tally() {
        return counts.claims() + (counts.claims() == 1 ? " claim: " : " claims: ") + counts.contradictions()
            + (counts.contradictions() == 1 ? " contradiction, " : " contradictions, ") + counts.warnings()
            + (counts.warnings() == 1 ? " warning, " : " warnings, ") + counts.info() + " info, "
            + counts.acknowledged() + " acknowledged";
    }

    private static List<TextPiece> pieces(String text, List<Mark> marks) {
        List<TextPiece> pieces = new ArrayList<>();
        for (Piece p : Highlighter.pieces(text, marks)) {
            List<String> anchors = p.starting().stream().map(Mark::id).toList();
            if (p.shown() == null) {
                pieces.add(new TextPiece(p.text(), false, "", "", anchors));
            } else {
                String title = p.covering().stream().map(Mark::title).distinct().collect(Collectors.joining("\n"));
                pieces.add(new TextPiece(p.text(), true, p.shown().verdict().label(), title, anchors));
            }
        }
        return pieces;
    }

    private static FindingRow row(Finding f, String target, AuditReport report) {
        String acknowledged = "";
        if (Verdict.of(f) == Verdict.ACKNOWLEDGED) {
            acknowledged = report.acknowledgementOf(f)
                .map(a -> "acknowledged by " + a.by() + " on " + a.on() + ": " + a.why())
                .orElse("acknowledged");
        }
        return new FindingRow(target, Verdict.of(f).label(), f.severity().label(), f.reason().label(),
            f.position().line() + ":" + f.position().column(), f.text(), f.message(),
            f.fact() == null ? "" : f.fact().toString(), acknowledged);
    }
}

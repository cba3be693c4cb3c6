package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.article.Article;
import io.factaudit.article.TextPosition;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code report.json} (REPORT.md, version 1): the same input gives the same bytes. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static void write(AuditReport report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, JSON.writer(printer).writeValueAsString(toJson(report)) + "\n");
    }

    public static ObjectNode toJson(AuditReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.set("audit", AuditJson.of(report));
        ArrayNode articles = root.putArray("articles");
        for (ArticleAudit audit : report.articles()) {
            articles.add(article(audit));
        }
        Summary s = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("articles", s.articles());
        summary.put("claims", s.claims());
        summary.put("contradictions", s.contradictions());
        summary.put("warnings", s.warnings());
        summary.put("info", s.info());
        summary.put("acknowledged", s.acknowledged());
        summary.put("problems", report.problems().size());
        summary.put("stale", report.stale().size());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : report.problems()) {
            ObjectNode n = problems.addObject();
            n.put("path", p.path());
            if (p.line() > 0) {
                n.put("line", p.line());
            } else {
                n.putNull("line");
            }
            n.put("message", p.message());
        }
        ArrayNode stale = root.putArray("stale");
        for (Acknowledgement a : report.stale()) {
            a.writeTo(stale.addObject());
        }
        return root;
    }

    private static ObjectNode article(ArticleAudit audit) {
        Article article = audit.article();
        ObjectNode n = JSON.createObjectNode();
        n.put("path", article.path());
        if (article.published() == null) {
            n.putNull("published");
        } else {
            n.put("published", article.published().toString());
        }
        ArrayNode claims = n.putArray("claims");
        for (Claim c : audit.claims()) {
            claims.add(claim(article, c));
        }
        ArrayNode findings = n.putArray("findings");
        for (Finding f : audit.findings()) {
            findings.add(finding(f));
        }
        return n;
    }

    private static ObjectNode claim(Article article, Claim claim) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", claim.kind());
        if (claim instanceof CountClaim c) {
            n.put("subject", c.subject());
        } else if (claim instanceof StateClaim c) {
            n.put("subject", c.subject());
        }
        n.put("text", claim.text());
        n.put("start", claim.span().start());
        n.put("end", claim.span().end());
        TextPosition p = article.positionOf(claim.span().start());
        n.put("line", p.line());
        n.put("column", p.column());
        if (claim instanceof CountClaim c) {
            putLong(n, "low", c.interval().low());
            putLong(n, "high", c.interval().high());
            putText(n, "source", c.source());
            putText(n, "where", c.where());
            n.put("earlier", c.earlier());
        } else if (claim instanceof StateClaim c) {
            n.put("state", c.state());
            n.put("negated", c.negated());
        } else if (claim instanceof QuoteClaim c) {
            n.put("words", c.words());
            putText(n, "speaker", c.speaker());
        } else if (claim instanceof TitleClaim c) {
            n.put("person", c.person());
            n.put("title", c.title());
            n.put("written", c.written());
        } else if (claim instanceof EventDateClaim c) {
            n.put("event", c.event());
            putText(n, "from", c.from() == null ? null : c.from().toString());
            putText(n, "to", c.to() == null ? null : c.to().toString());
            n.put("relative", c.relative());
        }
        return n;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("severity", f.severity().label());
        n.put("rule", f.rule());
        n.put("reason", f.reason().label());
        n.put("status", f.status().label());
        n.put("text", f.text());
        n.put("start", f.span().start());
        n.put("end", f.span().end());
        n.put("line", f.position().line());
        n.put("column", f.position().column());
        ObjectNode fact = n.putObject("fact");
        if (f.fact() == null) {
            fact.putNull("uri");
            fact.putNull("line");
        } else {
            fact.put("uri", f.fact().uri());
            fact.put("line", f.fact().line());
        }
        n.put("message", f.message());
        return n;
    }

    private static void putLong(ObjectNode n, String field, Long value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}

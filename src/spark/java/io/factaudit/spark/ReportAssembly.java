package io.factaudit.spark;

import static org.apache.spark.sql.functions.col;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.TextPosition;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.baseline.Acknowledgement;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.input.Problem;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.ReportJson;
import io.factaudit.report.SarifReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * report.json and report.sarif written from the tables, through the harness's own report writers:
 * each article's audits by its sheets merged in the order the single-machine audit merges them, so
 * the reports are the ones it writes. For a large archive, a path prefix chooses the articles.
 */
final class ReportAssembly {

    private ReportAssembly() {
    }

    static AuditReport write(SparkSession spark, AuditOptions options, SheetSet sheets, Acknowledgements acks) throws IOException {
        AuditReport report = assemble(spark, options.output(), options.reportScope(), sheets, acks);
        ReportJson.write(report, options.reports().resolve("report.json"));
        SarifReport.write(report, options.reports().resolve("report.sarif"));
        return report;
    }

    static AuditReport assemble(SparkSession spark, String output, String scope, SheetSet sheets, Acknowledgements acks) {
        Column chosen = scope.equals("all") ? org.apache.spark.sql.functions.lit(true) : col("path").startsWith(scope);
        Dataset<Row> findings = spark.read().schema(Schemas.FINDINGS).parquet(output + "/findings");
        Map<String, Map<Integer, Pair>> byArticle = new TreeMap<>();
        for (Row r : spark.read().schema(Schemas.AUDITS).parquet(output + "/audits").filter(chosen.and(col("audited")))
                .collectAsList()) {
            pair(byArticle, sheets, r).published = r.getString(r.fieldIndex("published"));
        }
        for (Row r : spark.read().schema(Schemas.CLAIMS).parquet(output + "/claims").filter(chosen).collectAsList()) {
            Pair p = pair(byArticle, sheets, r);
            p.claims.add(ClaimRows.claim(r));
            p.positions.put(r.getInt(r.fieldIndex("start")), ClaimRows.position(r));
        }
        for (Row r : findings.filter(chosen).collectAsList()) {
            pair(byArticle, sheets, r).findings.add(FindingRows.finding(r, r.getString(r.fieldIndex("path"))));
        }
        List<ArticleAudit> articles = new ArrayList<>();
        byArticle.forEach((path, pairs) -> {
            ArticleAudit merged = null;
            Map<Integer, TextPosition> positions = new HashMap<>();
            pairs.values().forEach(p -> positions.putAll(p.positions));
            for (Pair p : pairs.values()) {
                Article article = new Article(path, "", p.published == null ? null : LocalDate.parse(p.published),
                    LineMap.known(positions));
                ArticleAudit a = new ArticleAudit(article, p.claims, p.findings);
                merged = merged == null ? a : merged.merge(a);
            }
            if (merged != null) {
                articles.add(merged);
            }
        });
        Set<Problem> problems = new HashSet<>();
        for (Row r : spark.read().schema(Schemas.PROBLEMS).parquet(output + "/problems")
                .filter(chosen.or(col("sheet").equalTo(""))).select("problem_path", "line", "message").distinct().collectAsList()) {
            problems.add(FindingRows.problem(r));
        }
        Set<String> matched = new HashSet<>();
        for (Row r : findings.select("path", "text", "reason").distinct().collectAsList()) {
            matched.add(r.getString(0) + "\u0000" + r.getString(1) + "\u0000" + r.getString(2));
        }
        List<Acknowledgement> stale = acks.entries().stream()
            .filter(a -> !matched.contains(a.article() + "\u0000" + a.text() + "\u0000" + a.reason())).toList();
        return new AuditReport(articles, sheets.scenarios(), new ArrayList<>(problems), stale, acks.entries());
    }

    /** One article's audit by one sheet, gathered from the tables; sheets in the order they were read. */
    private static final class Pair {
        String published;
        final List<Claim> claims = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final Map<Integer, TextPosition> positions = new HashMap<>();
    }

    private static Pair pair(Map<String, Map<Integer, Pair>> byArticle, SheetSet sheets, Row r) {
        String sheet = r.getString(r.fieldIndex("sheet"));
        SheetSource source = sheets.sources().get(sheet);
        int order = source == null ? Integer.MAX_VALUE : source.order();
        return byArticle.computeIfAbsent(r.getString(r.fieldIndex("path")), k -> new TreeMap<>())
            .computeIfAbsent(order, k -> new Pair());
    }
}

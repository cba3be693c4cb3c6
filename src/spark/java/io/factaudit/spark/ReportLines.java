package io.factaudit.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditReport;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.input.Problem;
import io.factaudit.report.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The rows of a report as lines to compare, one per article, claim, finding and problem:
 * {@code kind TAB path TAB json}, the json being exactly what report.json gives the item. Read from
 * a report.json file (streamed: a report of a large archive does not fit in memory as one tree), or
 * rendered from the job's tables or from an audit on this machine through the same report writer.
 */
final class ReportLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportLines() {
    }

    /** Writes the lines of a report.json into {@code lines}; returns how many. */
    static long fromReport(Path report, Path lines) throws IOException {
        long n = 0;
        try (JsonParser p = JSON.createParser(report.toFile());
             BufferedWriter w = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a report.json: it does not hold a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY && (field.equals("articles") || field.equals("problems"))) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        ObjectNode item = p.readValueAsTree();
                        n += field.equals("articles") ? writeArticle(item, w) : write(w, "problem", text(item, "path"), item);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return n;
    }

    /** The lines of one article's audit, as report.json gives the article. */
    static String of(ArticleAudit audit) {
        StringWriter lines = new StringWriter();
        try (BufferedWriter w = new BufferedWriter(lines)) {
            writeArticle((ObjectNode) rendered(audit).get("articles").get(0), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toString();
    }

    /** The line of a problem, as report.json gives it. */
    static String of(Problem problem) {
        JsonNode node = ReportJson.toJson(new AuditReport(List.of(), List.of(), List.of(problem), List.of())).get("problems").get(0);
        return line("problem", text(node, "path"), node);
    }

    private static long writeArticle(ObjectNode article, BufferedWriter w) throws IOException {
        String path = text(article, "path");
        long n = write(w, "article", path, article(path, article.get("published")));
        for (JsonNode claim : article.path("claims")) {
            n += write(w, "claim", path, claim);
        }
        for (JsonNode finding : article.path("findings")) {
            n += write(w, "finding", path, finding);
        }
        return n;
    }

    private static long write(BufferedWriter w, String kind, String path, JsonNode item) throws IOException {
        w.write(line(kind, path, item));
        w.newLine();
        return 1;
    }

    /** A row of the audits table (path, published) as report.json gives the article, without its items. */
    static String article(Row r) {
        String published = r.getString(1);
        return line("article", r.getString(0), article(r.getString(0),
            published == null ? JSON.nullNode() : JSON.getNodeFactory().textNode(published)));
    }

    /** A row of the claims table as report.json gives the claim. */
    static String claim(Row r) {
        String path = r.getString(r.fieldIndex("path"));
        Claim claim = ClaimRows.claim(r);
        LineMap positions = LineMap.known(Map.of(claim.span().start(), ClaimRows.position(r)));
        JsonNode node = rendered(new ArticleAudit(new Article(path, "", null, positions), List.of(claim), List.of()));
        return line("claim", path, node.get("articles").get(0).get("claims").get(0));
    }

    /** A row of the findings table as report.json gives the finding. */
    static String finding(Row r) {
        String path = r.getString(r.fieldIndex("path"));
        Finding finding = FindingRows.finding(r, path);
        JsonNode node = rendered(new ArticleAudit(new Article(path, "", null, LineMap.known(Map.of())), List.of(),
            List.of(finding)));
        return line("finding", path, node.get("articles").get(0).get("findings").get(0));
    }

    /** A row of the problems table (problem_path, line, message) as report.json gives the problem. */
    static String problem(Row r) {
        return of(FindingRows.problem(r));
    }

    private static JsonNode rendered(ArticleAudit audit) {
        return ReportJson.toJson(new AuditReport(List.of(audit), List.of(), List.of(), List.of()));
    }

    private static ObjectNode article(String path, JsonNode published) {
        ObjectNode n = JSON.createObjectNode();
        n.put("path", path);
        n.set("published", published == null ? JSON.nullNode() : published);
        return n;
    }

    private static String line(String kind, String path, JsonNode item) {
        try {
            return kind + "\t" + path + "\t" + JSON.writeValueAsString(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}

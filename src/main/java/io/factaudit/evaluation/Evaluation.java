package io.factaudit.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.input.Problems;
import io.factaudit.report.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Audits an annotated corpus (a topic folder: a sheet, its articles and gold.json) and scores the
 * audit against the annotations: claims per kind and findings per severity, matched by
 * overlapping spans (counts also by subject, source and interval within 1%).
 */
public final class Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The score of one topic: tallies per category, and the items that did not match. */
    public record TopicScore(String topic, Map<String, Tally> claims, Map<String, Tally> findings, List<String> misses) {
    }

    private final Path root;

    public Evaluation(Path root) {
        this.root = root;
    }

    /** Every topic below a folder (each folder holding a gold.json). */
    public List<TopicScore> evaluateAll(Path folder) throws IOException {
        List<TopicScore> scores = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path gold : walk.filter(p -> p.getFileName().toString().equals("gold.json")).sorted().toList()) {
                scores.add(evaluate(gold.getParent()));
            }
        }
        return scores;
    }

    public TopicScore evaluate(Path topic) throws IOException {
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(root).readAll(topic, problems);
        AuditSession session = new AuditSession(root, io.factaudit.audit.Auditor.standard(),
            io.factaudit.baseline.Acknowledgements.none(), problems, Runtime.getRuntime().availableProcessors());
        session.checkAll(scenarios);
        AuditReport report = session.report();
        JsonNode gold = JSON.readTree(topic.resolve("gold.json").toFile()).get("articles");
        Map<String, Tally> claimTallies = new TreeMap<>();
        Map<String, Tally> findingTallies = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            ArticleAudit audit = report.articles().stream()
                .filter(a -> a.article().path().endsWith("/" + name) || a.article().path().equals(name))
                .findFirst().orElse(null);
            String text = audit == null ? "" : audit.article().text();
            List<GoldItem> goldClaims = goldItems(entry.getValue().get("claims"), text, true);
            List<GoldItem> goldFindings = goldItems(entry.getValue().get("findings"), text, false);
            List<GoldItem> ourClaims = audit == null ? List.of() : audit.claims().stream().map(Evaluation::item).toList();
            List<GoldItem> ourFindings = audit == null ? List.of() : audit.findings().stream().map(Evaluation::item).toList();
            score(name, goldClaims, ourClaims, claimTallies, misses);
            score(name, goldFindings, ourFindings, findingTallies, misses);
        }
        return new TopicScore(topic.getFileName().toString(), claimTallies, findingTallies, misses);
    }

    private static void score(String article, List<GoldItem> gold, List<GoldItem> ours, Map<String, Tally> tallies,
                              List<String> misses) {
        for (GoldItem g : gold) {
            boolean found = ours.stream().anyMatch(o -> o.matches(g));
            tallies.merge(g.category(), new Tally(0, 0, found ? 1 : 0, 1), Tally::plus);
            if (!found) {
                misses.add(article + ": missed " + g.category() + " \"" + g.text() + "\"" + describe(g));
            }
        }
        for (GoldItem o : ours) {
            boolean found = gold.stream().anyMatch(g -> g.matches(o));
            tallies.merge(o.category(), new Tally(found ? 1 : 0, 1, 0, 0), Tally::plus);
            if (!found) {
                misses.add(article + ": extra " + o.category() + " \"" + o.text() + "\"" + describe(o));
            }
        }
    }

    private static String describe(GoldItem i) {
        return i.category().equals("count") ? " [" + i.key() + " " + i.low() + ".." + i.high() + "]" : "";
    }

    private static List<GoldItem> goldItems(JsonNode list, String text, boolean claims) {
        List<GoldItem> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        for (JsonNode n : list) {
            String words = n.get("text").asText();
            int at = text.indexOf(words);
            Span span = at < 0 ? new Span(0, 0) : new Span(at, at + words.length());
            String category = claims ? n.get("kind").asText() : n.get("severity").asText();
            String key = "count".equals(category) ? n.path("subject").asText() + " / " + textOrNull(n.get("source")) : "";
            items.add(new GoldItem(category, span, words, key, longOrNull(n.get("low")), longOrNull(n.get("high"))));
        }
        return items;
    }

    private static GoldItem item(Claim c) {
        if (c instanceof CountClaim cc) {
            return new GoldItem("count", c.span(), c.text(), cc.subject() + " / " + cc.source(), cc.interval().low(),
                cc.interval().high());
        }
        String text = c instanceof EventDateClaim e ? e.text() + " [dated " + e.from() + ".." + e.to() + "]" : c.text();
        return new GoldItem(c.kind(), c.span(), text, "", null, null);
    }

    private static GoldItem item(Finding f) {
        return new GoldItem(f.severity().label(), f.span(), f.text() + " (" + f.reason().label() + ")", "", null, null);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static Long longOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }
}

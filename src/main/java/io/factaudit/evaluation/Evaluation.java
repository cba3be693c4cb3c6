package io.factaudit.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.language.Document;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Audits an annotated corpus (a topic folder: a sheet, its articles and gold.json) and scores the
 * audit against the annotations (../shared/eval/README.md): claims per kind, findings per severity
 * and per reason, reported and gold items paired one to one by overlapping spans (counts also by
 * subject, source, interval within 1%, and place in a corpus whose gold uses {@code where}).
 */
public final class Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The score of one topic: tallies per claim kind, per finding severity and per finding reason, the
     * misses, and its errors told by kind without words, one map per breakdown in the order printed
     * ({@link #COUNT_ERRORS}, {@link #FALSE_FINDINGS} by {@link FalseFindings}, {@link #STATE_ERRORS} by {@link StateErrors}).
     */
    public record TopicScore(String topic, Map<String, Tally> claims, Map<String, Tally> findings, Map<String, Tally> reasons,
                             List<String> misses, Map<String, Map<String, Integer>> errors) {

        public TopicScore(String topic, Map<String, Tally> claims, Map<String, Tally> findings, Map<String, Tally> reasons,
                          List<String> misses) {
            this(topic, claims, findings, reasons, misses, Map.of());
        }

        /** One breakdown of the topic's errors, empty when it has none. */
        public Map<String, Integer> errors(String breakdown) {
            return errors.getOrDefault(breakdown, Map.of());
        }

        public Map<String, Integer> countErrors() {
            return errors(COUNT_ERRORS);
        }

        public Map<String, Integer> dateErrors() {
            return errors(DATE_ERRORS);
        }
    }

    /** The labels of the breakdowns of a topic's errors, as printed. */
    public static final String COUNT_ERRORS = "count errors";
    public static final String FALSE_FINDINGS = "false findings";
    public static final String STATE_ERRORS = "state errors";
    public static final String DATE_ERRORS = "date errors";
    public static final List<String> BREAKDOWNS = List.of(COUNT_ERRORS, DATE_ERRORS, STATE_ERRORS, FALSE_FINDINGS);

    /** The score of one article's items of one sort: tallies per category (and per reason), and the misses. */
    public record Score(Map<String, Tally> tallies, Map<String, Tally> reasons, List<String> misses,
                        Map<String, Integer> countErrors, Map<String, Integer> dateErrors) {

        public Score(Map<String, Tally> tallies, Map<String, Tally> reasons, List<String> misses) {
            this(tallies, reasons, misses, Map.of(), Map.of());
        }
    }

    /** A gold annotation that cannot be scored: names the topic, the article and the text. */
    public static final class GoldError extends RuntimeException {
        GoldError(String message) {
            super(message);
        }
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
            io.factaudit.baseline.Acknowledgements.none(), problems, AuditSession.threads());
        session.checkAll(scenarios);
        AuditReport report = session.report();
        Path goldFile = topic.resolve("gold.json");
        JsonNode gold = JSON.readTree(goldFile.toFile()).get("articles");
        if (gold == null || !gold.isObject()) {
            throw new GoldError(goldFile + ": no \"articles\" object");
        }
        boolean byPlace = gold.findValues("where").stream().anyMatch(n -> !n.isNull());
        Map<String, Tally> claimTallies = new TreeMap<>();
        Map<String, Tally> findingTallies = new TreeMap<>();
        Map<String, Tally> reasonTallies = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        Map<String, Integer> countErrors = new TreeMap<>();
        Set<String> sources = scenarios.stream().flatMap(s -> s.facts().estimates().stream()).map(Estimate::source)
            .collect(Collectors.toSet());
        Map<String, Integer> falseFindings = new TreeMap<>();
        Map<String, Integer> stateErrors = new TreeMap<>();
        Map<String, Integer> dateErrors = new TreeMap<>();
        Map<String, Event> events = new HashMap<>();
        scenarios.forEach(s -> s.facts().events().forEach(e -> events.putIfAbsent(e.event(), e)));
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            ArticleAudit audit = report.articles().stream()
                .filter(a -> a.article().path().endsWith("/" + name) || a.article().path().equals(name))
                .findFirst().orElseThrow(() -> new GoldError(goldFile + ": the article \"" + name
                    + "\" was not audited (is it under the sheet's articles folder?)"));
            String text = audit.article().text();
            List<GoldItem> goldClaims = goldItems(goldFile, name, entry.getValue().get("claims"), text, true);
            List<GoldItem> goldFindings = goldItems(goldFile, name, entry.getValue().get("findings"), text, false);
            Document document = new Document(audit.article());
            ArticleDecisions decided = new ArticleDecisions(document, scenarios);
            List<GoldItem> reportedClaims = audit.claims().stream().map(Evaluation::item).toList();
            List<GoldItem> reportedFindings = audit.findings().stream().map(Evaluation::item).toList();
            Score claims = score(name, goldClaims, reportedClaims, byPlace, decided.clues(sources, events));
            Score findings = score(name, goldFindings, reportedFindings, byPlace);
            FalseFindings.of(goldClaims, reportedClaims, goldFindings, reportedFindings, byPlace, decided.readings())
                .forEach((k, v) -> falseFindings.merge(k, v, Integer::sum));
            claims.tallies().forEach((k, v) -> claimTallies.merge(k, v, Tally::plus));
            findings.tallies().forEach((k, v) -> findingTallies.merge(k, v, Tally::plus));
            findings.reasons().forEach((k, v) -> reasonTallies.merge(k, v, Tally::plus));
            misses.addAll(claims.misses());
            misses.addAll(findings.misses());
            claims.countErrors().forEach((k, v) -> countErrors.merge(k, v, Integer::sum));
            if (!scenarios.isEmpty()) {
                StateErrors.of(goldClaims, reportedClaims, document, scenarios.stream().map(ScenarioFacts::facts).toList(),
                        audit.claims().stream().filter(StateClaim.class::isInstance).map(StateClaim.class::cast).toList())
                    .forEach((k, v) -> stateErrors.merge(k, v, Integer::sum));
            }
            claims.dateErrors().forEach((k, v) -> dateErrors.merge(k, v, Integer::sum));
        }
        Map<String, Map<String, Integer>> errors = new LinkedHashMap<>();
        errors.put(COUNT_ERRORS, countErrors);
        errors.put(DATE_ERRORS, dateErrors);
        errors.put(STATE_ERRORS, stateErrors);
        errors.put(FALSE_FINDINGS, falseFindings);
        return new TopicScore(topic.getFileName().toString(), claimTallies, findingTallies, reasonTallies, misses, errors);
    }

    /**
     * Scores one article's reported items against its gold items, paired one to one: each pair counts
     * once on both sides, every unpaired item is a miss (gold) or an extra (reported).
     */
    public static Score score(String article, List<GoldItem> gold, List<GoldItem> reported, boolean byPlace) {
        return score(article, gold, reported, byPlace, Clues.NONE);
    }

    /** As {@link #score(String, List, List, boolean)}, a missed count told by the rule that set its number aside, and why one was not read. */
    static Score score(String article, List<GoldItem> gold, List<GoldItem> reported, boolean byPlace,
                       Function<Span, String> setAside, Function<Span, String> notRead) {
        return score(article, gold, reported, byPlace, Clues.NONE.withSetAside(setAside).withNotRead(notRead));
    }

    /** As above, a count read with another source told by what was read and where the gold's source is named. */
    static Score score(String article, List<GoldItem> gold, List<GoldItem> reported, boolean byPlace,
                       Function<Span, String> setAside, Set<String> sources, BiFunction<Span, String, String> whereabouts) {
        return score(article, gold, reported, byPlace, Clues.NONE.withSetAside(setAside).withSources(sources, whereabouts));
    }

    /** As above, the event dates missed or in excess told by what the date reader decided. */
    static Score score(String article, List<GoldItem> gold, List<GoldItem> reported, boolean byPlace,
                       Function<Span, String> setAside, DateErrors.Reading dates) {
        return score(article, gold, reported, byPlace, Clues.NONE.withSetAside(setAside).withDates(dates));
    }

    /** As above, every error told by what the readers decided ({@link Clues}). */
    static Score score(String article, List<GoldItem> gold, List<GoldItem> reported, boolean byPlace, Clues clues) {
        int[] pair = Matching.oneToOne(reported, gold, (r, g) -> r.matches(g, byPlace));
        boolean[] goldMatched = new boolean[gold.size()];
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Tally> reasons = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (int r = 0; r < reported.size(); r++) {
            GoldItem o = reported.get(r);
            boolean found = pair[r] >= 0;
            if (found) {
                goldMatched[pair[r]] = true;
            }
            Tally t = new Tally(found ? 1 : 0, 1, 0, 0);
            tallies.merge(o.category(), t, Tally::plus);
            if (o.reason() != null) {
                reasons.merge(o.reason(), t, Tally::plus);
            }
            if (!found) {
                misses.add(article + ": extra " + o.category() + " \"" + o.text() + "\"" + describe(o));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldItem item = gold.get(g);
            Tally t = new Tally(0, 0, goldMatched[g] ? 1 : 0, 1);
            tallies.merge(item.category(), t, Tally::plus);
            if (item.reason() != null) {
                reasons.merge(item.reason(), t, Tally::plus);
            }
            if (!goldMatched[g]) {
                misses.add(article + ": missed " + item.category() + " \"" + item.text() + "\"" + describe(item));
            }
        }
        return new Score(tallies, reasons, misses, CountErrors.of(gold, reported, pair, goldMatched, byPlace, clues),
            DateErrors.of(gold, reported, pair, goldMatched, clues.dates()));
    }

    private static String describe(GoldItem i) {
        if (i.category().equals("count")) {
            return " [" + i.key() + " " + i.low() + ".." + i.high() + (i.where() == null ? "" : " in " + i.where()) + "]";
        }
        return i.reason() == null ? "" : " (" + i.reason() + ")";
    }

    private static List<GoldItem> goldItems(Path goldFile, String article, JsonNode list, String text, boolean claims) {
        List<GoldItem> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        for (JsonNode n : list) {
            String words = n.path("text").asText("");
            int at = words.isEmpty() ? -1 : text.indexOf(words);
            if (at < 0) {
                throw new GoldError(goldFile + ": the text \"" + words + "\" of " + article + " is not in the article"
                    + " (gold texts are verbatim pieces of the article)");
            }
            Span span = new Span(at, at + words.length());
            if (!claims) {
                items.add(GoldItem.finding(n.path("severity").asText(), span, words, textOrNull(n.get("reason"))));
                continue;
            }
            String category = n.path("kind").asText();
            String key = "count".equals(category) ? n.path("subject").asText() + " / " + keyOf(n.get("source"))
                : "state".equals(category) ? n.path("subject").asText()
                : DateErrors.KIND.equals(category) ? n.path("event").asText() : ""; // the event tells a missed date's words
            items.add(new GoldItem(category, span, words, key, longOrNull(n.get("low")), longOrNull(n.get("high")), null,
                textOrNull(n.get("where"))));
        }
        return items;
    }

    private static GoldItem item(Claim c) {
        if (c instanceof CountClaim cc) {
            return new GoldItem("count", c.span(), c.text(), cc.subject() + " / " + cc.source(), cc.interval().low(),
                cc.interval().high(), null, cc.where());
        }
        String text = c instanceof EventDateClaim e ? e.text() + " [dated " + e.from() + ".." + e.to() + "]" : c.text();
        return new GoldItem(c.kind(), c.span(), text, "", null, null);
    }

    private static GoldItem item(Finding f) {
        return GoldItem.finding(f.severity().label(), f.span(), f.text(), f.reason().label());
    }

    private static String keyOf(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static Long longOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asLong();
    }
}

package io.factaudit.baseline;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.check.Finding;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The acknowledged findings, one file under {@code features/}: keyed by article and the claim's
 * words (never line numbers), sorted, one entry per finding. An entry that matches no finding
 * any more is stale and is reported so that it can be removed.
 */
public final class Acknowledgements {

    public static final String FILE = "acknowledgements.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Acknowledgement> entries;

    public Acknowledgements(List<Acknowledgement> entries) {
        this.entries = List.copyOf(new TreeSet<>(entries));
    }

    public static Acknowledgements none() {
        return new Acknowledgements(List.of());
    }

    public List<Acknowledgement> entries() {
        return entries;
    }

    /** Reads the file; a missing file acknowledges nothing, a broken one is a problem. */
    public static Acknowledgements load(Path file, String displayPath, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode list = root == null ? null : root.get("acknowledged");
            if (list == null || !list.isArray()) {
                problems.add(displayPath, 1, "the acknowledgements file needs a list \"acknowledged\": "
                    + "{\"version\": 1, \"acknowledged\": [...]}; no finding is acknowledged");
                return none();
            }
            Set<Acknowledgement> seen = new TreeSet<>();
            List<Acknowledgement> entries = new ArrayList<>();
            int index = 0;
            for (JsonNode n : list) {
                index++;
                String article = text(n, "article");
                String text = text(n, "text");
                String reason = text(n, "reason");
                if (article.isEmpty() || text.isEmpty() || reason.isEmpty()) {
                    problems.add(displayPath, 0, "acknowledgement #" + index + " needs \"article\", \"text\" and \"reason\"; it is left out");
                    continue;
                }
                Acknowledgement a = new Acknowledgement(article, text, reason, text(n, "why"), text(n, "by"), text(n, "on"),
                    text(n, "sheet"));
                if (!seen.add(a)) {
                    problems.add(displayPath, 0, "acknowledgement #" + index + " repeats an earlier one (" + article + ": \""
                        + text + "\"); keep one");
                    continue;
                }
                entries.add(a);
            }
            return new Acknowledgements(entries);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(displayPath, line, "the acknowledgements file is not valid JSON (" + e.getOriginalMessage()
                + "); no finding is acknowledged until it is fixed");
            return none();
        } catch (IOException e) {
            problems.add(displayPath, 0, "the acknowledgements file cannot be read (" + e.getMessage() + ")");
            return none();
        }
    }

    /** The finding, acknowledged when an entry matches it. */
    public Finding apply(Finding finding) {
        return entries.stream().anyMatch(a -> a.matches(finding)) ? finding.acknowledged() : finding;
    }

    /** Entries that match none of the findings (of an audit that looked at every article and sheet). */
    public List<Acknowledgement> stale(List<Finding> findings) {
        return entries.stream().filter(a -> findings.stream().noneMatch(a::matches)).toList();
    }

    /** Entries of the audited articles and sheets that match none of the findings; the others are not judged. */
    public List<Acknowledgement> stale(List<Finding> findings, AuditedScope scope) {
        return entries.stream().filter(scope::judges).filter(a -> findings.stream().noneMatch(a::matches)).toList();
    }

    /** These entries plus one for each finding not yet acknowledged. */
    public Acknowledgements with(List<Finding> findings, String why, String by, String on) {
        List<Acknowledgement> all = new ArrayList<>(entries);
        for (Finding f : findings) {
            if (entries.stream().noneMatch(a -> a.matches(f))) {
                all.add(new Acknowledgement(f.path(), f.text(), f.reason().label(), why, by, on,
                    f.fact() == null ? "" : f.fact().uri()));
            }
        }
        return new Acknowledgements(all);
    }

    /** Only the entries that still match a finding. */
    public Acknowledgements withoutStale(List<Finding> findings) {
        return new Acknowledgements(entries.stream().filter(a -> findings.stream().anyMatch(a::matches)).toList());
    }

    /** These entries without the given ones. */
    public Acknowledgements without(List<Acknowledgement> removed) {
        return new Acknowledgements(entries.stream().filter(a -> !removed.contains(a)).toList());
    }

    public void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("acknowledged");
        for (Acknowledgement a : entries) {
            a.writeTo(list.addObject());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, JSON.writer(printer).writeValueAsString(root) + "\n");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}

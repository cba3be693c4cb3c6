package io.factaudit.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contradictions an annotated corpus plants (its {@code gold.json} beside the sheet, in the
 * evaluation format) and whether a draft's list of disagreements names each one's article line: a
 * draft that lists every planted wrong figure and altered quote shows an editor where to look
 * before anything is verified.
 */
record PlantedFindings(List<Planted> all) {

    /** Reasons that plant a wrong figure or an altered quote, the disagreements articles can show among themselves. */
    static final Set<String> FIGURES_AND_QUOTES = Set.of("contradiction", "misattributed", "altered quote");

    /** One planted contradiction: its article's file name, its line, its reason and its words. */
    record Planted(String article, int line, String reason, String words) {
        String at() {
            return article + ":" + line;
        }
    }

    PlantedFindings {
        all = List.copyOf(all);
    }

    /** The corpus's planted contradictions, or none when no {@code gold.json} stands beside the sheet. */
    static PlantedFindings beside(Path sheetFile) throws IOException {
        Path folder = sheetFile.toAbsolutePath().getParent();
        Path gold = folder.resolve("gold.json");
        List<Planted> planted = new ArrayList<>();
        if (!Files.isRegularFile(gold)) {
            return new PlantedFindings(planted);
        }
        JsonNode articles = new ObjectMapper().readTree(gold.toFile()).path("articles");
        for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path article = folder.resolve("articles").resolve(entry.getKey());
            String text = Files.isRegularFile(article) ? Files.readString(article) : "";
            for (JsonNode f : entry.getValue().path("findings")) {
                String words = f.path("text").asText("");
                int at = words.isEmpty() ? -1 : text.indexOf(words);
                if ("contradiction".equals(f.path("severity").asText()) && at >= 0) {
                    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                    planted.add(new Planted(entry.getKey(), line, f.path("reason").asText(""), words));
                }
            }
        }
        return new PlantedFindings(planted);
    }

    /** Whether a list of disagreements names the planted finding's line ({@code path:line} entries, any folder). */
    static boolean listed(Planted p, Set<String> listedAt) {
        return listedAt.stream().anyMatch(at -> at.equals(p.at()) || at.endsWith("/" + p.at()));
    }
}

package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted contradictions of an annotated corpus, located by line, and whether a draft lists them. */
class PlantedFindingsTest {

    @TempDir
    Path dir;

    @Test
    void each_planted_contradiction_is_located_at_its_line_and_matched_to_a_listed_line() throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/b1.txt"), "Hail hits Osk\n\nThe board counted 40 closed stores.\nIt said \"we stay open\".\n");
        Files.writeString(dir.resolve("sheet.feature"), "Feature: x\n");
        Files.writeString(dir.resolve("gold.json"), """
            {"articles": {"b1.txt": {"claims": [], "findings": [
              {"text": "40 closed stores", "severity": "contradiction", "reason": "contradiction"},
              {"text": "we stay open", "severity": "contradiction", "reason": "misattributed quote"},
              {"text": "Hail hits Osk", "severity": "warning", "reason": "undated"}]}}}
            """);
        PlantedFindings planted = PlantedFindings.beside(dir.resolve("sheet.feature"));

        assertThat(planted.all()).extracting(PlantedFindings.Planted::at).containsExactly("b1.txt:3", "b1.txt:4");
        assertThat(planted.all()).extracting(p -> PlantedFindings.FIGURES_AND_QUOTES.contains(p.reason()))
            .containsExactly(true, false);
        Set<String> listed = Set.of("corpus/articles/b1.txt:3", "corpus/articles/b2.txt:4");
        assertThat(planted.all()).extracting(p -> PlantedFindings.listed(p, listed)).containsExactly(true, false);
    }

    @Test
    void a_sheet_with_no_gold_beside_it_plants_nothing() throws Exception {
        Files.writeString(dir.resolve("sheet.feature"), "Feature: x\n");
        assertThat(PlantedFindings.beside(dir.resolve("sheet.feature")).all()).isEmpty();
    }
}

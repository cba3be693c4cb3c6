package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles that give one source two figures for the same day, from invented articles about a ferry
 * rescue (Monday is 2033-05-09): figures of the same place disagree, a timeline's row with its day
 * included; a part and its whole do not.
 */
class SameDayDisagreementTest {

    private static final String SHEET = """
        Feature: The Skarra ferry rescue

          Background:
            Given the articles in "articles"
            And these names:
              | name               | also written as                                |
              | rescued passengers | passengers rescued, passengers, people rescued |
              | Coast Guard        | the coast guard                                |
              | Harlow             |                                                |
              | Marden             |                                                |
            And these places:
              | place  | within |
              | Harlow |        |
              | Marden |        |
        """;

    private static final String MONDAY = "The Coast Guard said on Monday that 400 passengers had been rescued.";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"In Marden, 90 passengers were rescued on Monday, the coast guard said.",
        "The coast guard said on Monday that 150 passengers had been rescued in Harlow."})
    void a_place_and_the_whole_on_the_same_day_do_not_disagree(String part) throws IOException {
        Draft draft = draft(Map.of("2033-05-10", MONDAY, "2033-05-11", part));
        assertThat(draft.estimates()).anyMatch(e -> e.place() != null);
        assertThat(draft.disagreements()).noneMatch(d -> d.kind().equals("count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"May 9 — 460", "9 May — 460"})
    void a_timeline_row_with_its_day_disagrees_with_another_articles_figure_of_that_day(String row) throws IOException {
        Draft draft = draft(Map.of("2033-05-10", MONDAY, "2033-05-20",
            "How the count has moved (Coast Guard, passengers rescued):\n" + row + "\nMay 12 — 610"));
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("count")).anySatisfy(d -> {
            assertThat(d.fact()).contains("2033-05-09");
            assertThat(d.sides()).extracting(Disagreement.Side::says).anyMatch(s -> s.contains("460"))
                .anyMatch(s -> s.contains("400"));
        });
    }

    @Test
    void a_timeline_row_agreeing_with_the_day_is_no_disagreement() throws IOException {
        Draft draft = draft(Map.of("2033-05-10", MONDAY, "2033-05-20",
            "How the count has moved (Coast Guard, passengers rescued):\nMay 9 — 400\nMay 12 — 610"));
        assertThat(draft.disagreements()).noneMatch(d -> d.kind().equals("count"));
    }

    private Draft draft(Map<String, String> bodies) throws IOException {
        Files.writeString(folder.resolve("ferry.feature"), SHEET);
        Path articles = Files.createDirectories(folder.resolve("articles"));
        int n = 0;
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            n++;
            Files.writeString(articles.resolve("a" + n + ".json"), "{\"published\": \"" + body.getKey() + "\"}");
            Files.writeString(articles.resolve("a" + n + ".txt"), "Rescue goes on off the cape\n\n" + body.getValue() + "\n");
        }
        Files.writeString(articles.resolve("z.json"), "{\"published\": \"2033-05-08\"}");
        Files.writeString(articles.resolve("z.txt"), "Ferry sinks\n\nThe Coast Guard said on Sunday that 90 passengers"
            + " had been rescued.\n\nBy the evening 120 passengers had been rescued, the coast guard said.\n");
        Problems problems = new Problems();
        Draft draft = new Drafter(folder).fromSheet(folder.resolve("ferry.feature"), true, problems);
        assertThat(problems.all()).isEmpty();
        return draft;
    }

}

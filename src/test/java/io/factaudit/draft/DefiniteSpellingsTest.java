package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Name;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A source written "the" and the common words of its spelling ("the interior ministry" for
 * "Ostlander interior ministry") once an article has named it, in invented names and articles.
 */
class DefiniteSpellingsTest {

    private static final FactLocation AT = new FactLocation("(test)", 0);

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"Ostlander interior ministry", "Ostland's interior ministry", "OIM interior ministry"})
    void a_spelling_with_proper_modifiers_first_is_also_written_with_the_and_its_common_words(String spelling) {
        List<Name> names = DefiniteSpellings.extend(List.of(new Name("Ostland government", List.of(spelling), AT)),
            List.of("Ostland government"));
        assertThat(names.get(0).aliases()).contains("the interior ministry");
    }

    @Test
    void common_words_two_sources_share_name_neither() {
        List<Name> names = DefiniteSpellings.extend(List.of(
            new Name("Ostland government", List.of("Ostland health department"), AT),
            new Name("Westmark government", List.of("Westmark health department"), AT)),
            List.of("Ostland government", "Westmark government"));
        assertThat(names).allSatisfy(n -> assertThat(n.aliases()).doesNotContain("the health department"));
    }

    @Test
    void names_that_are_not_sources_and_spellings_without_common_words_get_none() {
        List<Name> names = DefiniteSpellings.extend(List.of(
            new Name("stranded passengers", List.of("Ostland passengers"), AT),
            new Name("Harbour Board", List.of("HB"), AT)), List.of("Harbour Board"));
        assertThat(names.get(0).aliases()).containsExactly("Ostland passengers");
        assertThat(names.get(1).aliases()).containsExactly("HB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the harbour authority said on Monday", "according to the harbour authority, which gave its figure on Monday"})
    void a_drafted_figure_keeps_the_source_an_article_names_by_its_common_words(String saying) throws IOException {
        Files.writeString(folder.resolve("ferry.feature"), """
            Feature: The Skarra ferry rescue

              Background:
                Given the articles in "articles"
                And these names:
                  | name               | also written as                                |
                  | rescued passengers | passengers rescued, passengers, people rescued |
                  | Harbour Board      | Skarra harbour authority                       |
            """);
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("a.json"), "{\"published\": \"2033-05-10\"}");
        Files.writeString(articles.resolve("a.txt"), "Rescue goes on\n\nIn all, 640 passengers were rescued, " + saying + ".\n");
        Files.writeString(articles.resolve("b.json"), "{\"published\": \"2033-05-08\"}");
        Files.writeString(articles.resolve("b.txt"), "Ferry sinks\n\nThe Skarra harbour authority said on Sunday that 90"
            + " passengers had been rescued.\n");
        Problems problems = new Problems();
        Draft draft = new Drafter(folder).fromSheet(folder.resolve("ferry.feature"), true, problems);
        assertThat(draft.estimates()).filteredOn(e -> e.cell().equals("640")).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("Harbour Board");
            assertThat(e.asOf()).isEqualTo(LocalDate.of(2033, 5, 9));
        });
    }
}

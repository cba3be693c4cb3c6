package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A figure only an undated article gives with its source, from invented articles about a ferry
 * rescue: the dated articles that give the same figure with no source date it and are cited; they
 * never re-date a figure a dated article gives with its source.
 */
class UndatedSourceTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"In all, 730 passengers have been rescued.", "The number of passengers rescued rose to 730.",
        "Rescuers say 730 people rescued are now ashore."})
    void dated_articles_with_no_source_date_a_figure_only_an_undated_article_gives_with_its_source(String unsourced)
        throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of(
            "undated-1", "The Coast Guard said 730 passengers had been rescued.",
            "2033-05-12", "Divers worked through the night. " + unsourced));
        assertThat(draft.estimates()).filteredOn(e -> e.cell().equals("730")).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("Coast Guard");
            assertThat(e.asOf()).isEqualTo(LocalDate.of(2033, 5, 12));
            assertThat(e.citations()).hasSize(2);
        });
    }

    @Test
    void a_figure_only_undated_articles_give_is_not_drafted() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("undated-1", "The Coast Guard said 730 passengers had been rescued."));
        assertThat(draft.estimates()).noneMatch(e -> e.cell().equals("730"));
    }

    @Test
    void a_figure_with_no_source_does_not_re_date_one_a_dated_article_gives_with_its_source() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of(
            "2033-05-12", "The Coast Guard said 730 passengers had been rescued.",
            "2033-05-10", "In all, 730 passengers have been rescued."));
        assertThat(draft.estimates()).filteredOn(e -> e.cell().equals("730")).singleElement()
            .satisfies(e -> assertThat(e.asOf()).isEqualTo(LocalDate.of(2033, 5, 12)));
    }
}

package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One article giving the same figure to two sources on one day, in two sentences: one of them is misattributed. */
class WhoseFigureTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"put the number of passengers rescued at 300 on Monday", "said on Monday that 300 passengers had been rescued"})
    void the_same_figure_given_to_two_sources_on_one_day_by_one_article_is_a_disagreement(String giving) throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-10", "The Harbour Board said on Monday that 300 passengers"
            + " had been rescued.\n\nThe Coast Guard, for its part, " + giving + "."));
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("count")).singleElement().satisfies(d -> {
            assertThat(d.fact()).isEqualTo("whose figure 300 rescued passengers is");
            assertThat(d.sides()).extracting(Disagreement.Side::says)
                .containsExactlyInAnyOrder("Harbour Board: 300", "Coast Guard: 300");
            assertThat(d.sides()).flatExtracting(Disagreement.Side::citations).extracting(Citation::at)
                .containsExactlyInAnyOrder("articles/a1.txt:3", "articles/a1.txt:5");
        });
    }

    @Test
    void the_same_figure_two_sources_give_on_different_days_is_no_disagreement() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-11", "The Harbour Board said on Monday that 300 passengers"
            + " had been rescued.\n\nThe Coast Guard said on Tuesday that 300 passengers had been rescued."));
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("count")).isEmpty();
    }

    @Test
    void an_undated_article_giving_the_figure_to_the_first_source_counts_among_the_others() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of(
            "2033-05-10", "The Coast Guard said on Monday that 300 passengers had been rescued.",
            "undated", "300 passengers have been rescued, the Coast Guard said.",
            "2033-05-12", "The Harbour Board said on Tuesday that 300 passengers had been rescued."));
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("count")).singleElement().satisfies(d -> {
            assertThat(d.fact()).isEqualTo("whose figure 300 rescued passengers is");
            assertThat(d.sides().get(0).says()).isEqualTo("Harbour Board: 300");
        });
    }

    @Test
    void two_sources_near_one_figure_with_other_bounds_give_two_estimates_not_one_figure() throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of("2033-05-10", "The Harbour Board said on Monday that more than 300"
            + " passengers had been rescued.\n\nThe Coast Guard put the number of passengers rescued at about 300 on Monday."));
        assertThat(draft.estimates()).extracting(DraftEstimate::cell).contains("more than 300", "about 300");
        assertThat(draft.disagreements()).filteredOn(d -> d.kind().equals("count")).isEmpty();
    }
}

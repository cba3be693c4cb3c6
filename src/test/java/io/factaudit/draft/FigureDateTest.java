package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The day a drafted figure was given, read from invented articles about a ferry rescue (Monday
 * 2033-05-09 is the day the Coast Guard gives its figures): a day written after an earlier figure
 * is that figure's, a breakdown or a table takes the day of the report it continues, and a day of
 * an event or of another source's report dates nothing.
 */
class FigureDateTest {

    private static final LocalDate MONDAY = LocalDate.of(2033, 5, 9);

    @TempDir
    Path folder;

    @Test
    void a_day_written_right_after_an_earlier_figure_dates_that_figure_and_not_the_current_one() throws IOException {
        Draft draft = draft(Map.of("2033-05-11", "The Coast Guard now counts 340 passengers rescued, up from 210 on Monday,"
            + " and divers are searching the hull."));
        assertThat(row(draft, "340").asOf()).isEqualTo(LocalDate.of(2033, 5, 11));
        assertThat(row(draft, "210").asOf()).isEqualTo(MONDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the agency said", "Ilse Varn said", "the coast guard said", "according to the coast guard"})
    void a_breakdown_in_the_next_paragraph_takes_the_day_of_the_report_it_continues(String saying) throws IOException {
        Draft draft = draft(Map.of("2033-05-12", "The Coast Guard's latest bulletin, issued on Monday, put the number of"
            + " passengers rescued at 410.\n\nOf them, 150 passengers were rescued near the lighthouse, " + saying + "."));
        assertThat(row(draft, "410").asOf()).isEqualTo(MONDAY);
        assertThat(row(draft, "150").asOf()).isEqualTo(MONDAY);
    }

    @Test
    void the_rows_of_a_table_take_the_day_its_lead_in_names() throws IOException {
        Draft draft = draft(Map.of("2033-05-17", "The coast guard gave these figures as of Monday:\n\nRescued | Source\n"
            + "560 | Coast Guard\n"));
        assertThat(row(draft, "560").asOf()).isEqualTo(LocalDate.of(2033, 5, 16));
    }

    @Test
    void the_day_of_an_event_in_the_paragraph_before_does_not_date_a_figure() throws IOException {
        Draft draft = draft(Map.of("2033-05-14", "The ferry capsized on Tuesday night off the cape.\n\n"
            + "About 480 passengers have been rescued, the Coast Guard said."));
        assertThat(row(draft, "about 480").asOf()).isEqualTo(LocalDate.of(2033, 5, 14));
    }

    @Test
    void the_day_another_source_gave_in_the_paragraph_before_does_not_date_a_figure() throws IOException {
        Draft draft = draft(Map.of("2033-05-15", "The Harbour Board said on Wednesday that it would keep the port shut.\n\n"
            + "520 passengers have been rescued so far, the Coast Guard said."));
        assertThat(row(draft, "520").asOf()).isEqualTo(LocalDate.of(2033, 5, 15));
    }

    @Test
    void a_figure_of_a_period_the_article_is_written_in_keeps_the_articles_date() throws IOException {
        Draft draft = draft(Map.of("2033-05-19", "Ilse Varn said on Monday that divers had reached the hull. The Coast Guard"
            + " said this week that 590 passengers had been rescued in all."));
        assertThat(row(draft, "590").asOf()).isEqualTo(LocalDate.of(2033, 5, 19));
    }

    @Test
    void a_figure_in_the_same_paragraph_still_takes_the_day_of_the_sentence_before() throws IOException {
        Draft draft = draft(Map.of("2033-05-11", "The Coast Guard gave its figures on Monday. As many as 300 passengers"
            + " had been rescued, the coast guard said."));
        assertThat(row(draft, "up to 300").asOf()).isEqualTo(MONDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"on Monday", "on May 9", "as of Monday"})
    void a_day_written_right_after_an_earlier_figure_before_the_current_one_is_still_the_earlier_figures(String day)
        throws IOException {
        Draft draft = draft(Map.of("2033-05-12", "Up from 210 " + day + ", 340 passengers have now been rescued,"
            + " the coast guard said."));
        assertThat(row(draft, "340").asOf()).isEqualTo(LocalDate.of(2033, 5, 12));
    }

    @Test
    void the_day_of_an_earlier_figure_in_the_sentence_before_does_not_date_the_next_figure() throws IOException {
        Draft draft = draft(Map.of("2033-05-12", "At the cape, the coast guard counted 340 passengers rescued, up from 210"
            + " on Monday. Divers are still searching the hull. At the harbour, 50 passengers were rescued, the coast"
            + " guard said."));
        assertThat(row(draft, "50").asOf()).isEqualTo(LocalDate.of(2033, 5, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"passengers rescued since Monday", "people rescued since May 9",
        "passengers rescued since the Monday of the sinking"})
    void the_day_a_counted_period_starts_is_not_the_day_the_figure_was_given(String counted) throws IOException {
        Draft draft = draft(Map.of("2033-05-12", "The coast guard said it had counted 340 " + counted + "."));
        assertThat(row(draft, "340").asOf()).isEqualTo(LocalDate.of(2033, 5, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has not changed its count since Monday, when it said", "has kept its count since Monday:"})
    void a_report_unchanged_since_a_day_was_given_that_day(String since) throws IOException {
        Draft draft = draft(Map.of("2033-05-12", "The coast guard " + since + " 340 passengers had been rescued."));
        assertThat(row(draft, "340").asOf()).isEqualTo(MONDAY);
    }

    private Draft draft(Map<String, String> bodies) throws IOException {
        return FerryCorpus.draft(folder, bodies);
    }

    private static DraftEstimate row(Draft draft, String cell) {
        List<DraftEstimate> rows = draft.estimates().stream().filter(e -> e.cell().equals(cell)).toList();
        assertThat(rows).as("rows %s in %s", cell, draft.estimates()).hasSize(1);
        return rows.get(0);
    }
}

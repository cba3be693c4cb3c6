package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cell a drafted row gives a figure, from invented articles about a ferry rescue: a figure the
 * earliest article gives bare (a headline) takes the hedge the later articles agree on, and keeps
 * the bare figure when they hedge it differently or not at all.
 */
class DraftedCellTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"about", "around", "at least", "more than"})
    void a_bare_figure_takes_the_hedge_the_later_articles_agree_on(String hedge) throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of(
            "2033-05-10", "Coast guard: 640 passengers rescued\n\nThe coast guard said 640 passengers had been rescued.",
            "2033-05-11", "The coast guard put the number of passengers rescued at " + hedge + " 640."));
        assertThat(draft.estimates()).filteredOn(e -> e.cell().endsWith("640")).singleElement()
            .satisfies(e -> assertThat(e.cell()).isNotEqualTo("640"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the coast guard said 640 passengers had been rescued.",
        "the coast guard said at least 640 passengers had been rescued, and later put it at about 640 passengers rescued."})
    void a_bare_figure_stays_bare_when_no_hedge_is_agreed_on(String later) throws IOException {
        Draft draft = FerryCorpus.draft(folder, Map.of(
            "2033-05-10", "The coast guard said 640 passengers had been rescued.",
            "2033-05-11", "By Wednesday, " + later));
        assertThat(draft.estimates()).filteredOn(e -> e.cell().equals("640")).isNotEmpty();
    }
}

package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.audit.AuditSession;
import io.factaudit.check.Severity;
import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting a sheet from a small corpus of our own (a dock strike) with a sheet that holds only names. */
class SuggestDraftTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SHEET = ROOT.resolve("src/test/resources/draft/harbour/names-only.feature");
    private static Draft draft;
    private static Problems problems;

    @BeforeAll
    static void draft() {
        problems = new Problems();
        draft = new Drafter(ROOT).fromSheet(SHEET, true, problems);
    }

    @Test
    void the_counted_subject_is_found_among_the_names_and_the_rest_are_sources() {
        assertThat(problems.all()).isEmpty();
        assertThat(draft.subjects()).containsExactly("striking dock workers");
        assertThat(draft.estimates()).extracting(DraftEstimate::source).doesNotContain("striking dock workers");
    }

    @Test
    void each_figure_is_dated_by_the_day_its_sentence_names_and_cites_every_line_that_states_it() {
        DraftEstimate union = row("Harbour Union", "4,000");
        assertThat(union.asOf()).isEqualTo(LocalDate.of(2031, 3, 3)); // "on Monday" in an article of Tuesday the 4th
        assertThat(union.citations()).extracting(Citation::at).containsExactly(
            "src/test/resources/draft/harbour/articles/h1.txt:3", "src/test/resources/draft/harbour/articles/h2.txt:5");
    }

    @Test
    void the_hedge_an_article_gives_is_kept_in_the_cell() {
        assertThat(row("Port Authority", "about 2,500").asOf()).isEqualTo(LocalDate.of(2031, 3, 5));
    }

    @Test
    void a_figure_one_article_gives_to_another_source_is_a_disagreement_with_both_sides_lines() {
        List<Disagreement> counts = draft.disagreements().stream().filter(d -> d.kind().equals("count")).toList();
        assertThat(counts).hasSize(1);
        Disagreement d = counts.get(0);
        assertThat(d.sides()).extracting(Disagreement.Side::says)
            .containsExactly("Port Authority: 4,000", "Harbour Union: 4,000");
        assertThat(d.sides().get(0).citations()).extracting(Citation::at)
            .containsExactly("src/test/resources/draft/harbour/articles/h3.txt:3");
    }

    @Test
    void a_quote_is_drafted_as_most_articles_render_it_and_a_rendering_with_other_words_is_a_disagreement() {
        assertThat(draft.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Mara Quill");
            assertThat(q.words()).isEqualTo("We will stay out until every crane driver has a signed contract");
            assertThat(q.date()).isEqualTo(LocalDate.of(2031, 3, 4));
        });
        Disagreement d = draft.disagreements().stream().filter(x -> x.kind().equals("quote")).findFirst().orElseThrow();
        assertThat(d.sides()).hasSize(2);
        assertThat(d.sides().get(1).says()).contains("crane operator");
        assertThat(d.sides().get(1).citations()).extracting(Citation::at)
            .containsExactly("src/test/resources/draft/harbour/articles/h3.txt:7");
    }

    @Test
    void the_draft_parses_and_auditing_its_articles_with_it_finds_no_contradiction_they_do_not_contain(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("draft.feature");
        Files.writeString(file, new DraftSheet(draft, SHEET.getParent()).text().replace("\"articles\"",
            "\"" + folder.relativize(SHEET.getParent().resolve("articles")).toString().replace('\\', '/') + "\""));
        Problems audit = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(ROOT).read(file, audit);
        assertThat(audit.all()).isEmpty();
        assertThat(scenarios).isNotEmpty();
        AuditSession session = AuditSession.open(ROOT, audit);
        session.checkAll(scenarios);
        List<String> disputed = draft.disagreements().stream().flatMap(d -> d.sides().stream())
            .flatMap(side -> side.citations().stream()).map(Citation::at).toList();
        List<String> contradicted = session.report().findings().stream().filter(f -> f.severity() == Severity.CONTRADICTION)
            .map(f -> f.path() + ":" + f.position().line()).toList();
        assertThat(contradicted).as("only what the articles dispute").containsExactly(
            "src/test/resources/draft/harbour/articles/h3.txt:7");
        assertThat(disputed).containsAll(contradicted);
        assertThat(session.report().articles()).hasSize(3);
    }

    private static DraftEstimate row(String source, String cell) {
        return draft.estimates().stream().filter(e -> e.source().equals(source) && e.cell().equals(cell)).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + source + " " + cell + " in " + draft.estimates()));
    }
}

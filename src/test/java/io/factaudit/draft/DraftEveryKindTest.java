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

/**
 * Drafting every kind of fact from a small corpus of our own (a hill fire): estimates by place and
 * by the day each figure was given, an official's titles, a milestone and an event re-dated from
 * the articles, and where the articles disagree on each.
 */
class DraftEveryKindTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SHEET = ROOT.resolve("src/test/resources/draft/ridge/ridge.feature");
    private static final String ARTICLES = "src/test/resources/draft/ridge/articles/";
    private static Draft draft;
    private static Draft namesOnly;

    @BeforeAll
    static void draft() {
        Problems problems = new Problems();
        draft = new Drafter(ROOT).fromSheet(SHEET, false, problems);
        namesOnly = new Drafter(ROOT).fromSheet(SHEET, true, problems);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_figure_is_dated_by_the_day_its_sentence_names_or_else_by_the_day_the_sentence_before_names() {
        assertThat(row(null, "120").asOf()).isEqualTo(LocalDate.of(2032, 7, 5)); // "said on Monday", article of Tuesday
        // "Crews held the line ... on Wednesday. About 150 homes have now been destroyed, the Fire Service said."
        assertThat(row(null, "about 150").asOf()).isEqualTo(LocalDate.of(2032, 7, 7));
    }

    @Test
    void a_figure_given_again_on_another_named_day_is_a_row_of_its_own_and_an_undated_one_joins_the_row_before_it() {
        assertThat(draft.estimates().stream().filter(e -> e.cell().equals("120") && e.place() == null).map(DraftEstimate::asOf))
            .containsExactly(LocalDate.of(2032, 7, 5), LocalDate.of(2032, 7, 9));
        assertThat(row(null, "about 150").citations()).extracting(Citation::at)
            .containsExactly(ARTICLES + "w2.txt:5", ARTICLES + "w4.txt:3");
    }

    @Test
    void a_count_the_article_places_is_a_row_of_that_place_and_the_draft_keeps_the_sheets_places() {
        assertThat(row("Dunmere", "80").asOf()).isEqualTo(LocalDate.of(2032, 7, 5));
        assertThat(draft.places()).extracting(io.factaudit.sheet.Place::name).containsExactly("Dunmere", "Halworth");
        assertThat(draft.subjects()).containsExactly("homes destroyed");
    }

    @Test
    void with_the_names_only_the_estimates_and_people_are_the_same_and_no_dates_of_the_sheet_are_drafted() {
        assertThat(namesOnly.estimates()).isEqualTo(draft.estimates());
        assertThat(namesOnly.people()).isEqualTo(draft.people());
        assertThat(namesOnly.milestones()).isEmpty();
        assertThat(namesOnly.events()).isEmpty();
    }

    @Test
    void an_official_keeps_the_title_most_articles_give_and_another_office_one_article_gives_is_a_disagreement() {
        assertThat(draft.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ivo Brannock");
            assertThat(p.titles()).contains("fire commissioner").doesNotContain("Mayor");
        });
        Disagreement title = only("title");
        assertThat(title.sides().get(1).says()).isEqualTo("Mayor");
        assertThat(title.sides().get(1).citations()).extracting(Citation::at).containsExactly(ARTICLES + "w3.txt:7");
    }

    @Test
    void an_event_is_dated_as_most_articles_date_it_and_another_day_is_a_disagreement() {
        assertThat(draft.events()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2032, 7, 7)));
        Disagreement event = only("event");
        assertThat(event.sides()).extracting(Disagreement.Side::says).containsExactly("2032-07-07", "2032-07-09");
        assertThat(event.sides().get(1).citations()).extracting(Citation::at).containsExactly(ARTICLES + "w4.txt:5");
    }

    @Test
    void a_milestone_is_dated_by_the_day_an_article_gives_for_it_and_a_denial_before_it_is_no_disagreement() {
        assertThat(draft.milestones()).singleElement().satisfies(m -> assertThat(m.from()).isEqualTo(LocalDate.of(2032, 7, 10)));
        assertThat(draft.disagreements()).extracting(Disagreement::kind).doesNotContain("milestone");
    }

    @Test
    void auditing_the_articles_with_the_draft_contradicts_only_lines_listed_as_disagreements(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("draft.feature");
        Files.writeString(file, new DraftSheet(draft, folder).text());
        Problems audit = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(ROOT).read(file, audit);
        assertThat(audit.all()).isEmpty();
        AuditSession session = AuditSession.open(ROOT, audit);
        session.checkAll(scenarios);
        List<String> disputed = draft.disagreements().stream().flatMap(d -> d.sides().stream())
            .flatMap(side -> side.citations().stream()).map(Citation::at).toList();
        List<String> contradicted = session.report().findings().stream().filter(f -> f.severity() == Severity.CONTRADICTION)
            .map(f -> f.path() + ":" + f.position().line()).toList();
        assertThat(contradicted).isNotEmpty();
        assertThat(disputed).containsAll(contradicted);
        assertThat(session.report().articles()).hasSize(4);
    }

    private static Disagreement only(String kind) {
        List<Disagreement> found = draft.disagreements().stream().filter(d -> d.kind().equals(kind)).toList();
        assertThat(found).as(kind + " disagreements").hasSize(1);
        return found.get(0);
    }

    private static DraftEstimate row(String place, String cell) {
        return draft.estimates().stream().filter(e -> java.util.Objects.equals(e.place(), place) && e.cell().equals(cell))
            .findFirst().orElseThrow(() -> new AssertionError("no row " + place + " " + cell + " in " + draft.estimates()));
    }
}

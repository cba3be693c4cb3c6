package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.input.Problems;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count the article ties to a name the sheet states facts about (a milestone's subject in another
 * scenario) and that gives no estimates is checked as a count with no source; a name without facts
 * ("an outside body") stays the source. Invented sheets, read as an editor writes them; the claims
 * are made by hand so that only the judging is tested.
 */
class SubjectNotSourceTest {

    private static final String TEXT = "A sentence standing in for an article about a count.";

    /** A sheet of two scenarios: counts by a board, and the milestone of a thing that is no source. */
    private static Facts countsScenario(String subject, String board, String thing, String outsider) {
        String sheet = """
            Feature: An invented count

              Background:
                Given the articles in "articles"
                And these names:
                  | name | also written as |
                  | %1$s | |
                  | %2$s | |
                  | %3$s | |
                  | %4$s | |

              Scenario: Counts
                Given these estimates of "%1$s":
                  | source | as of      | count  |
                  | %2$s   | 2031-06-01 | 40,000 |
                  | %2$s   | 2031-06-04 | 52,000 |
                Then every article agrees with these facts

              Scenario: The thing over time
                Given these milestones of "%3$s":
                  | state    | from       |
                  | lifted   | 2031-06-10 |
                Then every article agrees with these facts
            """.formatted(subject, board, thing, outsider);
        List<ScenarioFacts> scenarios = new FactSheetReader(Path.of(".")).read(Path.of("features/invented.feature"),
            sheet.getBytes(StandardCharsets.UTF_8), new Problems());
        return scenarios.stream().filter(s -> s.name().equals("Counts")).findFirst().orElseThrow().facts();
    }

    private static List<Finding> judge(Facts facts, String subject, String published, long count, String source) {
        var document = SheetFixture.document(TEXT, published);
        Claim claim = new CountClaim(new Span(0, 10), "A sentence", subject, Interval.exactly(count), source, true, false,
            null, null);
        return new CountCheck().judge(document, List.of(claim), facts);
    }

    @ParameterizedTest
    @CsvSource({"evacuees, Fire Board, evacuation order, Relief League",
        "voters, Poll Commission, official results, Observer Union"})
    void the_sheet_knows_its_subjects_that_are_no_source(String subject, String board, String thing, String outsider) {
        Facts facts = countsScenario(subject, board, thing, outsider);
        assertThat(facts.subjectsOnly()).contains(subject, thing).doesNotContain(board, outsider);
    }

    @ParameterizedTest
    @CsvSource({"evacuees, Fire Board, evacuation order, Relief League",
        "voters, Poll Commission, official results, Observer Union"})
    void a_count_tied_to_a_subject_is_checked_as_a_count_with_no_source(String subject, String board, String thing,
                                                                         String outsider) {
        Facts facts = countsScenario(subject, board, thing, outsider);
        assertThat(judge(facts, subject, "2031-06-05", 52_000, thing)).as("meets the current estimate").isEmpty();
        assertThat(judge(facts, subject, "2031-06-05", 40_000, thing)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.OUTDATED);
        assertThat(judge(facts, subject, "2031-06-05", 77_000, thing)).as("meets nothing: whose figure is unknown")
            .singleElement().extracting(Finding::reason).isEqualTo(Reason.UNVERIFIABLE);
    }

    @ParameterizedTest
    @CsvSource({"evacuees, Fire Board, evacuation order, Relief League",
        "voters, Poll Commission, official results, Observer Union"})
    void a_name_without_facts_stays_the_source(String subject, String board, String thing, String outsider) {
        Facts facts = countsScenario(subject, board, thing, outsider);
        assertThat(judge(facts, subject, "2031-06-05", 52_000, outsider)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.UNVERIFIABLE);
        assertThat(judge(facts, subject, "2031-06-05", 40_000, board)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.OUTDATED);
    }

    @Test
    void a_scenario_read_alone_knows_only_its_own_subjects() {
        Facts alone = new SheetFixture().names("strikers |", "Union Office |")
            .estimates("strikers", "Union Office | 2031-02-01 | 900").facts();
        assertThat(alone.subjectsOnly()).containsExactly("strikers");
    }
}

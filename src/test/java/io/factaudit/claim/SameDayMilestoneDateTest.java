package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An event and a milestone of the same day in two scenarios of one sheet: the event is known by the
 * milestone's words, on two invented topics (a council's harbour plan, a ferry line).
 */
class SameDayMilestoneDateTest {

    private static final String SHEET = String.join("\n",
        "Feature: Tarn harbour",
        "  Background:",
        "    Given these names:",
        "      | name         | also written as |",
        "      | harbour plan | harbour scheme  |",
        "      | ferry line   | ferry service   |",
        "  Scenario: The plan",
        "    Given these milestones of \"harbour plan\":",
        "      | state    | from       | also written as          |",
        "      | approved | 2025-03-11 | backed, voted through, over |",
        "    Then every article agrees with these facts",
        "  Scenario: The ferry",
        "    Given these milestones of \"ferry line\":",
        "      | state     | from       | also written as  |",
        "      | reopened  | 2025-03-06 | resumed, back open |",
        "    Then every article agrees with these facts",
        "  Scenario: Dates",
        "    Given these events:",
        "      | event         | date       | also written as |",
        "      | council vote  | 2025-03-11 | council voted   |",
        "      | ferry restart | 2025-03-06 | ferry restarted |",
        "      | storm hit     | 2025-03-05 | storm struck    |",
        "    Then every article agrees with these facts",
        "");

    private static Facts dates() {
        List<ScenarioFacts> read = new FactSheetReader(Path.of(".")).read(Path.of("features/harbour.feature"),
            SHEET.getBytes(StandardCharsets.UTF_8), new Problems());
        return read.stream().filter(s -> s.name().equals("Dates")).findFirst().orElseThrow().facts();
    }

    /** "event from..to" of each claim, against an article of Wednesday 12 March 2025. */
    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, "2025-03-12"), dates()).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the milestone's state told by a past verb, before or after its subject, names the event of its day")
    @CsvSource(delimiter = '|', value = {
        "Members approved the council's harbour plan on Tuesday. | council vote 2025-03-11..2025-03-11",
        "The harbour plan was backed on Tuesday by 30 votes. | council vote 2025-03-11..2025-03-11",
        "Councillors voted through the harbour plan on Tuesday. | council vote 2025-03-11..2025-03-11",
        "The operator reopened the ferry line on Thursday. | ferry restart 2025-03-06..2025-03-06",
        "The operator resumed the ferry line on March 6. | ferry restart 2025-03-06..2025-03-06"})
    void should_know_the_event_by_its_days_milestone(String sentence, String expected) {
        assertThat(read(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a milestone of another day, or a state told without a verb, names no event")
    @ValueSource(strings = {"The storm was over on Thursday.", "The harbour plan was over on Tuesday.",
        "The ferry line was back open on Thursday, the storm struck."})
    void should_not_take_another_days_milestone(String sentence) {
        assertThat(read(sentence)).noneMatch(c -> c.startsWith("council vote") || c.startsWith("ferry restart"));
    }
}

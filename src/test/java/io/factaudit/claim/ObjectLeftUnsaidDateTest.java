package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event named by its subject and verb alone, its object left unsaid, on two invented topics. */
class ObjectLeftUnsaidDateTest {

    /** A Tuesday: this week runs to Sunday the 16th. */
    private static final String PUBLISHED = "2025-03-11";

    private static final Facts FACTS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the assembly votes on the harbour bill", LocalDate.of(2025, 3, 13), List.of("vote on the harbour bill"),
            new FactLocation("features/harbour.feature", 7)),
        new Event("the board meets over the merger", LocalDate.of(2025, 3, 13), List.of(),
            new FactLocation("features/merger.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), FACTS).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("subject and verb, then a date that ends the clause: the event, on either topic, in either form of the date")
    @ValueSource(strings = {"The marches were big, and the assembly votes this week",
        "The strike is over, and the assembly votes on Thursday.",
        "The assembly votes on March 13, and the outcome is open.",
        "Shares are flat, and the board meets on Thursday.",
        "Analysts are wary: the board meets this week."})
    void should_read_the_event_by_its_subject_and_verb(String sentence) {
        assertThat(read(sentence)).singleElement().asString().matches(".*2025-03-1[013]\\.\\.2025-03-1[36]");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("another object, or words after the date that go on with the clause: not the event")
    @ValueSource(strings = {"The assembly votes on the budget this week.", "The assembly votes this week on the budget.",
        "The board meets investors on Thursday.", "The board meets on Thursday with the unions."})
    void should_not_read_another_event(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}

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

/** "since" before a date is the date's own preposition: the state has held since the event. */
class SinceDateTest {

    /** A Wednesday: the Thursday before is the 6th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the ferry line closed", LocalDate.of(2025, 3, 6), List.of("closed the ferry line", "ferry line closed"),
            new FactLocation("features/ferry.feature", 7)),
        new Event("the miners walked out", LocalDate.of(2025, 3, 6), List.of("miners walked out", "miners on strike"),
            new FactLocation("features/mine.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("another topic, another date form, a perfect or a state")
    @ValueSource(strings = {"The ferry line has been closed since Thursday.", "The ferry line has been closed since March 6.",
        "The miners have been on strike since Thursday, the union said.", "The miners walked out since Thursday."})
    void should_date_the_start_of_the_state(String sentence) {
        assertThat(read(sentence)).containsExactly("2025-03-06..2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"since\" opening a clause, \"until\": another date")
    @ValueSource(strings = {"The ferry line has been closed since the harbour flooded on Thursday.",
        "The ferry line has been closed until Thursday."})
    void should_not_date_from_another_clause(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}

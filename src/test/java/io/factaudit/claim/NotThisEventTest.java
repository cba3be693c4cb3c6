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

/**
 * Words of an event that name something else: a capacity to act ("registered to vote"), another
 * occurrence of a common noun ("the vote five years ago").
 */
class NotThisEventTest {

    /** A Wednesday. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the ferry strike", LocalDate.of(2025, 3, 10), List.of("strike", "walkout"),
            new FactLocation("features/ferry.feature", 7)),
        new Event("the harbour ballot", LocalDate.of(2025, 3, 11), List.of("ballot", "vote"),
            new FactLocation("features/ferry.feature", 8))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("registered, eligible, entitled, free to act: no mention of the event")
    @ValueSource(strings = {"About 4,000 dockers were registered to vote on Monday.",
        "Some 900 pilots are eligible to strike from Monday.", "Crews were free to strike on Monday, the union said.",
        "Every member is entitled to vote today."})
    void should_not_read_a_capacity_as_the_act(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the act itself: an aim, a plan, a decision, the noun")
    @ValueSource(strings = {"Dockers voted on Monday to strike.", "The strike on Monday closed the port.",
        "Dockers began their walkout on Monday."})
    void should_read_the_act(String sentence) {
        assertThat(read(sentence)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a common noun alone dated a year or more from the sheet's date is another occurrence")
    @ValueSource(strings = {"The union won 60 percent of the vote five years ago.", "The ballot in 2019 drew few members.",
        "Members remember the 2021 strike.", "The last walkout, in March 2023, lasted a week."})
    void should_not_read_another_occurrence(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("within the year, a date is this event's, right or wrong")
    @ValueSource(strings = {"The ballot last month drew few members.", "The strike in February 2025 closed the port.",
        "Members remember the strike of March 10."})
    void should_read_a_date_near_the_event(String sentence) {
        assertThat(read(sentence)).isNotEmpty();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event worded subject first, told with a relative pronoun between its subject and its verb. */
class RelativeClauseDateTest {

    /** A Wednesday: the Thursday before is the 6th. */
    private static final String PUBLISHED = "2025-03-12";

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"which\", \"that\", \"who\", with or without a comma, an auxiliary, another event, another date form")
    @ValueSource(strings = {"The dam, which failed on Thursday, had been inspected in 2019.",
        "The dam that failed on Thursday had been inspected in 2019.",
        "Engineers blamed the old dam, which had failed on March 6, for the flood.",
        "The council, which voted on Thursday, adjourned until April.",
        "Residents who met the council, which voted last Thursday, were angry."})
    void should_date_the_event_through_a_relative_clause(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-06..2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the relative clause's verb is another event's: its date is not the event's")
    @ValueSource(strings = {"The dam, which engineers inspected on Thursday, is old.",
        "The council, which the mayor praised on Thursday, is divided."})
    void should_not_date_another_verb(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).isEmpty();
    }
}

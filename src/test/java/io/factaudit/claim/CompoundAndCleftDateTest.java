package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The act named by a compound ("dam failure", "budget approval"), and a date a cleft puts first. */
class CompoundAndCleftDateTest {

    /** A Wednesday: the Thursday before is the 6th, the Tuesday the 11th. */
    private static final String PUBLISHED = "2025-03-12";

    @ParameterizedTest(name = "{0}")
    @DisplayName("the object or the subject, then the noun of the act: the event, on either event, with any date form")
    @CsvSource(delimiter = '|', value = {
        "The dam failure on Thursday flooded the valley. | 2025-03-06..2025-03-06",
        "Thursday's dam failure flooded the valley. | 2025-03-06..2025-03-06",
        "A dam failure on March 6 flooded the valley. | 2025-03-06..2025-03-06",
        "The budget approval on Tuesday surprised traders. | 2025-03-11..2025-03-11",
        "Last week's budget approval surprised traders. | 2025-03-03..2025-03-09"})
    void should_read_the_act_named_by_a_compound(String sentence, String expected) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"it was <date> that\": the date of the clause after \"that\", on either event and date form")
    @CsvSource(delimiter = '|', value = {
        "It was on Thursday that the dam failed. | 2025-03-06..2025-03-06",
        "It was last Thursday that the dam gave way. | 2025-03-06..2025-03-06",
        "It was on March 11 that the council approved the budget. | 2025-03-11..2025-03-11",
        "It was on the 6th that the dam burst. | 2025-03-06..2025-03-06"})
    void should_read_the_date_a_cleft_puts_first(String sentence, String expected) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no cleft: a date before \"that\" is another clause's")
    @ValueSource(strings = {"Officials said on Thursday that the dam failed.",
        "Engineers warned on Thursday that the dam failed twice before."})
    void should_not_take_the_date_before_that_otherwise(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).isEmpty();
    }
}

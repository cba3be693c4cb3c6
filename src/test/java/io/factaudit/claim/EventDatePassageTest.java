package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Event dates told from another date of the passage, and one dating read once. */
class EventDatePassageTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("a distance from the date stated before: another distance form, another order")
    @ValueSource(strings = {"The dam failed on March 6.\nTwo days earlier, the council approved the budget.",
        "The dam failed on March 6. The council had approved the budget two days before.",
        "The dam failed on Thursday. Rain had fallen all week; the council approved the budget two days earlier."})
    void should_date_an_event_from_the_passage(String text) {
        assertThat(EventSheet.read(text, "2025-03-12")).filteredOn(c -> c.contains("budget 2025"))
            .allMatch(c -> c.endsWith("2025-03-04..2025-03-04")).hasSize(1);
    }

    @Test
    @DisplayName("\"two days before\" what follows counts from the date before it in the sentence")
    void should_date_the_clause_after_before() {
        // published on a Wednesday: the Sunday before is March 2
        assertThat(EventSheet.days("The mayor warned on Sunday, two days before the council approved the budget.",
            "2025-03-05")).containsExactly("2025-03-04..2025-03-04");
        assertThat(EventSheet.days("The council approved the budget on Tuesday, two days before the dam burst.",
            "2025-03-05")).containsExactly("2025-03-04..2025-03-04", "2025-03-06..2025-03-06");
    }

    @Test
    @DisplayName("\"before\" with no distance is a condition: nothing dates it")
    void should_not_date_a_condition() {
        assertThat(EventSheet.read("On Tuesday the mayor asked for repairs before the dam bursts.", "2025-03-05"))
            .isEmpty();
    }

    @Test
    @DisplayName("with no date before it, \"two days after the vote\" dates nothing")
    void should_not_date_from_nothing() {
        assertThat(EventSheet.read("Two days after the dam burst, the council approved the budget.", "2025-03-12"))
            .isEmpty();
    }

    @Test
    @DisplayName("an undated article: timelines, distances and stamps read nothing they cannot resolve, and nothing fails")
    void should_read_an_undated_article_without_failing() {
        String text = "Monday, March 10\n4:05 p.m.\nMarch 6 — The dam bursts.\nTwo days later, the council approved"
            + " the budget.\nThe council voted on Tuesday, when the dam failed; the vote came a week after.\n— \n:";
        assertThat(EventSheet.read(text, null)).allMatch(c -> c.endsWith("null..null"));
        assertThat(EventSheet.read("", "2025-03-12")).isEmpty();
    }

    @Test
    @DisplayName("two wordings of one event on one date are one dating")
    void should_read_one_dating_once() {
        assertThat(EventSheet.read("The council will vote on Friday at a budget session in the town hall.", "2025-03-05"))
            .hasSize(1);
        assertThat(EventSheet.read("The council voted on Tuesday, and the dam burst on Thursday.", "2025-03-12"))
            .as("two events, two datings").hasSize(2);
    }
}

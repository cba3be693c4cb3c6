package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontedDateTest {

    /** A Wednesday: the Tuesday before is March 11. */
    private static final String PUBLISHED = "2025-03-12";

    @ParameterizedTest(name = "{0}")
    @DisplayName("a date opening the sentence dates its main clause, however long the subject")
    @ValueSource(strings = {"On Tuesday, members of the divided town council finally approved the budget.",
        "Tuesday, members of the divided town council finally approved the budget.",
        "On March 11, members of the divided town council finally approved the budget.",
        "On Tuesday, Mayor J. Ortiz's divided town council finally approved the budget.",
        "On Tuesday, after weeks of debate, the divided town council approved the budget."})
    void should_date_the_main_clause(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-11..2025-03-11");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a main clause in the future tense: the coming day")
    @ValueSource(strings = {"On Tuesday, members of the divided town council will hold the budget session.",
        "Tuesday, members of the divided town council will finally approve the budget.",
        "On March 18, members of the town council and the mayor will hold the budget session."})
    void should_date_a_main_clause_to_come_forward(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-18..2025-03-18");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("not the date's clause: a comma, a clause word or a verb of saying between")
    @ValueSource(strings = {"On Tuesday, members said, the divided town council approved the budget.",
        "On Tuesday, members of the council said that the town council approved the budget.",
        "Residents who met on Tuesday, members of the divided town council approved the budget."})
    void should_not_date_another_clause(String sentence) {
        assertThat(EventSheet.read(sentence, PUBLISHED)).isEmpty();
    }
}

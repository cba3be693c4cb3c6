package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhenClauseTest {

    /** A Wednesday: the Tuesday before is the 4th. */
    private static final String PUBLISHED = "2025-03-12";

    @Test
    void should_date_the_clause_a_date_describes() {
        assertThat(EventSheet.read("Queues have formed since Tuesday, when the council approved the budget.", "2025-03-05"))
            .containsExactly("Tuesday, when the council approved the budget: the council approved the budget"
                + " 2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("another preposition, no comma, another date form, another wording, a name in the clause")
    @ValueSource(strings = {"Prices jumped on March 4 when the council approved the budget.",
        "Nothing has changed since March 4, when Mayor J. Ortiz and the council voted on the budget.",
        "Prices jumped on 4 March, when the council approved the budget by a wide margin."})
    void should_read_other_forms_alike(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no date described: another clause between, no when, the clause broken off")
    @ValueSource(strings = {"Queues formed on March 4, and the council approved the budget.",
        "Queues formed on March 4; when the council approved the budget, few noticed.",
        "Queues formed on March 4, when officials, who had warned for weeks, approved the budget."})
    void should_not_date_an_event_outside_the_clause(String sentence) {
        assertThat(EventSheet.read(sentence, PUBLISHED)).isEmpty();
    }
}

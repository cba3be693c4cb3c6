package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountedMentionTest {

    private static final String PUBLISHED = "2025-03-12";

    @ParameterizedTest(name = "{0}")
    @DisplayName("a count inside the wording names several, in digits or words")
    @ValueSource(strings = {"Two dams failed on March 6.", "The two dams failed on March 6.",
        "The dam's 3 gates failed on March 6 too."})
    void should_not_read_a_counted_mention_as_the_event(String sentence) {
        assertThat(EventSheet.read(sentence, PUBLISHED)).allMatch(c -> !c.contains("dam failed 2025-03-06"));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an ordinal, a year or a name inside the wording is no count")
    @ValueSource(strings = {"The dam failed on March 6.", "The 1962 dam failed on March 6.",
        "The Riverton dam failed on March 6."})
    void should_read_a_mention_without_a_count(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-06..2025-03-06");
    }
}

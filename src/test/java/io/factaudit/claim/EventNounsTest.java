package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventNounsTest {

    /** A Wednesday: the Tuesday before is the 11th, the Thursday before the 6th. */
    private static final String PUBLISHED = "2025-03-12";

    @Test
    void should_derive_the_nouns_of_the_act_through_wordnet() {
        assertThat(EventNouns.of("approved the budget")).contains("approval").doesNotContain("approver");
        assertThat(EventNouns.of("council voted")).contains("vote").doesNotContain("voter");
        assertThat(EventNouns.of("declared a state of emergency")).contains("declaration").doesNotContain("declarer");
        assertThat(EventNouns.of("the report was filed")).doesNotContain("report", "filer");
        assertThat(EventNouns.of("budget session")).as("no verb").isEmpty();
        assertThat(EventNouns.of("launched the ferry service")).as("the act the verb derives, not the motorboat")
            .contains("launch");
        assertThat(EventNouns.of("called the meeting")).as("a communication first").doesNotContain("call");
        assertThat(EventNouns.withObject("declared a state of emergency")).contains("declaration of a state of emergency");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the noun of the act with its object: another date form, the date before or after")
    @ValueSource(strings = {"The approval of the budget came on Tuesday, March 4.",
        "On March 4, the approval of the budget ended a long dispute.",
        "Critics questioned the approval of the town's budget on March 4."})
    void should_read_the_act_named_by_its_noun(String sentence) {
        assertThat(EventSheet.days(sentence, PUBLISHED)).containsExactly("2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the noun alone, once the event is named: after or before its date, possessive")
    @ValueSource(strings = {"The council voted to raise fees. The vote on Tuesday was close.",
        "The council voted to raise fees. Tuesday's vote was close.",
        "The council voted to raise fees.\nCritics said the vote, held on Tuesday, was rushed."})
    void should_read_the_act_named_again(String text) {
        assertThat(EventSheet.read(text, PUBLISHED)).singleElement().asString()
            .endsWith("the council approved the budget 2025-03-11..2025-03-11");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no event: not named before, not definite, a modifier of another noun")
    @ValueSource(strings = {"The vote on Tuesday was close.", "The council voted to raise fees. A vote on Tuesday failed.",
        "The council voted to raise fees. The vote count on Tuesday was slow.",
        "The council voted to raise fees. The votes of Tuesday were close."})
    void should_not_read_another_act(String text) {
        assertThat(EventSheet.read(text, PUBLISHED)).isEmpty();
    }

    @Test
    @DisplayName("an event worded subject first is named again by its noun too")
    void should_read_the_noun_of_a_subject_first_wording() {
        assertThat(EventSheet.days("Engineers had warned that the dam might fail.\nThe dam failed. Its failure on Thursday"
            + " flooded the valley.", PUBLISHED)).containsExactly("2025-03-06..2025-03-06");
    }

    @Test
    @DisplayName("the subject's possessive before the noun of the act, with or without its object")
    void should_name_the_act_after_its_subjects_possessive() {
        assertThat(EventNouns.possessive("the dam failed")).contains("the dam's failure");
        assertThat(EventNouns.possessive("Osk closed the ferry line"))
            .contains("Osk's closure", "Osk's closure of the ferry line");
        assertThat(EventNouns.possessive("approved the budget")).as("no subject").isEmpty();
        assertThat(EventNouns.possessive("shareholders voted")).as("a plural's possessive").isEmpty();
        assertThat(EventSheet.days("The dam's failure on Thursday flooded the valley.", PUBLISHED))
            .containsExactly("2025-03-06..2025-03-06");
        assertThat(EventSheet.days("The council's vote on Thursday surprised traders.", PUBLISHED))
            .containsExactly("2025-03-06..2025-03-06");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
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

    /** Two acts worded as a compound noun: a hostage swap and the closure of piers. */
    private static final Facts COMPOUNDS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("hostage swap", LocalDate.of(2025, 3, 11), List.of(), new FactLocation("features/swap.feature", 5)),
        new Event("pier closures", LocalDate.of(2025, 3, 11), List.of(), new FactLocation("features/piers.feature", 5))),
        Policy.DEFAULT);

    private static List<String> compounds(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), COMPOUNDS).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @Test
    void should_tell_a_compound_noun_of_an_act_with_its_verb() {
        assertThat(EventNouns.verbFirst("hostage swap")).contains("swap hostage");
        assertThat(EventNouns.verbFirst("the pier closures")).contains("close pier");
        assertThat(EventNouns.verbFirst("closed the pier")).as("a verb of its own").isEmpty();
        assertThat(EventNouns.verbFirst("swap")).as("no noun it acts on").isEmpty();
        assertThat(EventNouns.verbFirst("first swap")).as("an ordinal, no noun").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a compound noun of an act told with its verb, two topics, a determiner or a count between, two date forms")
    @ValueSource(strings = {"The rebels swapped hostages on Tuesday.|hostage swap",
        "Rebels and troops swapped the hostages on March 11.|hostage swap",
        "The port authority closed its piers on Tuesday.|pier closures",
        "The port closed the piers yesterday.|pier closures",
        "Rebels and troops swapped 12 hostages on March 11.|hostage swap",
        "The port authority closed two piers on Tuesday.|pier closures"})
    void should_read_the_compound_told_with_its_verb(String line) {
        String[] parts = line.split("\\|");
        assertThat(compounds(parts[0])).containsExactly(parts[1] + " 2025-03-11..2025-03-11");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the verb with other objects is another act")
    @ValueSource(strings = {"The rebels swapped stories on Tuesday.", "The port closed its books on Tuesday."})
    void should_not_read_the_verb_with_another_object(String sentence) {
        assertThat(compounds(sentence)).isEmpty();
    }
}

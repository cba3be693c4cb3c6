package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateReaderTest {

    private static List<StateClaim> read(String text) {
        Document d = Sheets.article(text, "2024-10-30");
        return new StateReader().read(d, Sheets.contingent()).stream().map(StateClaim.class::cast).toList();
    }

    /** "words [state, affirmed|negated]" for each claim. */
    private static List<String> described(String text) {
        return read(text).stream().map(c -> c.text() + " [" + c.state() + ", " + (c.negated() ? "negated" : "affirmed")
            + "]").toList();
    }

    @Test
    void should_read_a_state_in_its_inflected_forms() {
        assertThat(described("Northland volunteers have been battling for days. Northland fighters fought hard."))
            .containsExactly("Northland volunteers have been battling [fighting, affirmed]",
                "Northland fighters fought [fighting, affirmed]");
    }

    @Test
    void should_read_denials_with_the_words_that_deny() {
        assertThat(described("None of the Northland volunteers has yet seen combat, officials say."))
            .containsExactly("None of the Northland volunteers has yet seen combat [fighting, negated]");
        assertThat(described("Northland units have still not engaged in active combat."))
            .containsExactly("Northland units have still not engaged in active combat [fighting, negated]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Are Northland volunteers fighting yet?", "Northland volunteers could be thrown into battle.",
        "If Northland volunteers engage in combat, they become targets.", "Northland units are preparing to join the fight.",
        "The ministry cannot corroborate reports that Northland volunteers have engaged in combat.",
        "Observers want to see how Northland fighters fight.", "Their army has not fought a war since 1953.",
        "The efficacy of Northland volunteers in combat remains in question."})
    void should_read_no_claim_from_questions_forecasts_conditions_and_unconfirmed_reports(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }

    @Test
    void should_follow_pronouns_and_demonstratives_back_to_the_subject() {
        String text = "Officials counted 5,000 Northland volunteers near the border.\n"
            + "Are they fighting yet?\nOfficials say they have not seen combat, and the volunteers are in Port Vale.";
        assertThat(described(text)).containsExactly("they have not seen combat [fighting, negated]",
            "the volunteers are in Port Vale [in Port Vale, affirmed]");
    }

    @Test
    void should_not_follow_a_pronoun_past_another_group() {
        String text = "Northland volunteers arrived last week. Government forces are tired. They are battling hard.";
        assertThat(read(text)).isEmpty();
    }

    @Test
    void should_follow_the_subjects_noun_past_another_group_where_a_pronoun_stops() {
        String before = "Northland volunteers reached the coast.\nLocal farmers were evacuated.\n";
        assertThat(described(before + "The volunteers are battling in the hills."))
            .containsExactly("The volunteers are battling [fighting, affirmed]");
        assertThat(read(before + "They are battling in the hills.")).isEmpty();
    }

    @Test
    void should_read_the_name_itself_after_a_determiner() {
        assertThat(described("The Northland volunteers are battling. The Northland fighters are in Port Vale."))
            .containsExactly("Northland volunteers are battling [fighting, affirmed]",
                "Northland fighters are in Port Vale [in Port Vale, affirmed]");
    }

    @Test
    void should_not_follow_a_pronoun_far_from_the_subject() {
        String text = "Northland volunteers arrived.\nThe weather was cold.\nPrices rose.\nRoads closed.\nThey are battling.";
        assertThat(read(text)).isEmpty();
    }

    @Test
    void should_read_the_subject_as_the_object_of_a_state_said_with_a_verb() {
        assertThat(described("Government soldiers are battling Northland units in the hills."))
            .containsExactly("battling Northland units [fighting, affirmed]");
    }

    @Test
    void should_start_at_the_verb_when_an_aside_stands_after_the_subject() {
        assertThat(described("Some 4,000 Northland fighters, most of them from the coast, moved into Port Vale in late October."))
            .containsExactly("moved into Port Vale in late October [in Port Vale, affirmed]");
    }

    @Test
    void should_find_the_subject_with_a_modifier_inside_its_spelling() {
        assertThat(described("Northland infantry units are in the Port Vale region."))
            .containsExactly("Northland infantry units are in the Port Vale region [in Port Vale, affirmed]");
    }

    @Test
    void should_keep_the_time_a_sentence_gives_the_state() {
        StateClaim claim = read("Northland volunteers were not in Port Vale in September, officials said.").get(0);
        assertThat(claim.negated()).isTrue();
        assertThat(claim.time().days()).isEqualTo("2024-09-01 to 2024-09-30");
    }

    @Test
    void should_read_nothing_when_the_sheet_has_no_milestones() {
        Document d = Sheets.article("Northland volunteers are fighting.", "2024-10-30");
        var facts = Sheets.contingent();
        var none = new io.factaudit.sheet.Facts(facts.names(), List.of(), List.of(), List.of(), List.of(), List.of(),
            facts.policy());
        assertThat(new StateReader().read(d, none)).isEmpty();
    }
}

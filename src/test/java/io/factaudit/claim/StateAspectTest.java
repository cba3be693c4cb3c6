package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.lexicon.AttitudeVerbs;
import io.factaudit.lexicon.StanceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** States over time: "no longer", "again", "resumed", "returned to", verbs of ending; sentences written for these tests. */
class StateAspectTest {

    private static List<StateClaim> read(String text) {
        Document d = Sheets.article(text, "2024-11-20");
        return new StateReader().read(d, Sheets.contingent()).stream().map(StateClaim.class::cast).toList();
    }

    /** "fighting: affirmed|negated[, ended]" for the only claim of the sentence. */
    private static String reading(String sentence) {
        List<StateClaim> claims = read(sentence);
        assertThat(claims).as(sentence).hasSize(1);
        StateClaim c = claims.get(0);
        return c.state() + ": " + (c.negated() ? "negated" : "affirmed") + (c.ended() ? ", ended" : "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Northland volunteers are fighting again.", "Northland volunteers are once again fighting.",
        "Northland volunteers have resumed fighting.", "Northland volunteers returned to fighting on the coast.",
        "Northland units continued fighting through the night.", "Northland fighters kept fighting.",
        "Northland units have begun fighting.", "Northland fighters started fighting anew."})
    void each_verb_or_adverb_of_going_on_leaves_the_state_affirmed(String sentence) {
        assertThat(reading(sentence)).isEqualTo("fighting: affirmed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Northland volunteers are no longer fighting.", "Northland units have stopped fighting.",
        "Northland fighters ceased fighting in the south.", "Northland volunteers are not fighting any longer.",
        "Northland volunteers are not fighting anymore.", "Northland units quit fighting."})
    void no_longer_and_each_verb_of_ending_deny_the_state_from_then_on(String sentence) {
        assertThat(reading(sentence)).isEqualTo("fighting: negated, ended");
    }

    @Test
    void negation_flips_going_on_and_ending() {
        assertThat(reading("Northland volunteers have not resumed fighting.")).isEqualTo("fighting: negated");
        assertThat(reading("Northland volunteers are not fighting again.")).isEqualTo("fighting: negated");
        assertThat(reading("Northland volunteers have not stopped fighting.")).isEqualTo("fighting: affirmed");
        assertThat(reading("Northland volunteers never stopped fighting.")).isEqualTo("fighting: affirmed");
    }

    @Test
    void a_verb_of_doubting_leaves_the_report_unconfirmed_whatever_its_aspect() {
        for (String lemma : List.of("denied", "disputed", "doubted", "refuted")) {
            assertThat(read("Officials " + lemma + " that Northland volunteers are no longer fighting.")).as(lemma).isEmpty();
        }
    }

    @Test
    void a_forecast_or_a_question_of_ending_is_no_claim() {
        assertThat(read("Northland volunteers may stop fighting soon.")).isEmpty();
        assertThat(read("Will Northland volunteers resume fighting?")).isEmpty();
    }

    @Test
    void the_state_reads_the_same_under_every_verb_of_saying_of_the_class() {
        List<String> different = new java.util.ArrayList<>();
        for (Map.Entry<String, String> form : VerbsOfSaying.forms().entrySet()) {
            String verb = form.getKey();
            if (verb.endsWith("ing") || verb.equals(form.getValue()) || AttitudeVerbs.doubts(form.getValue())
                || StanceWords.HEARSAY.contains(verb)) {
                continue; // past and third-person forms; doubt and hearsay ("alleged") are readings of their own
            }
            for (String said : List.of("Officials " + verb + " that Northland volunteers are no longer fighting.",
                "Northland volunteers are no longer fighting, officials " + verb + ".")) {
                List<StateClaim> claims = read(said);
                if (claims.size() != 1 || !claims.get(0).negated() || !claims.get(0).ended()) {
                    different.add(said);
                }
            }
        }
        assertThat(different).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Militias are fighting Northland volunteers.", "Militias are fighting the Northland volunteers.",
        "Militias are fighting the young Northland volunteers.",
        "Militias are fighting Southland's best Northland volunteers."})
    void a_subject_that_is_the_object_reads_the_same_behind_its_own_noun_group(String sentence) {
        assertThat(reading(sentence)).isEqualTo("fighting: affirmed");
    }

    @Test
    void a_subject_inside_a_phrase_after_the_verb_is_no_object() {
        assertThat(read("Militias are fighting for the rights of Northland volunteers.")).isEmpty();
    }
}

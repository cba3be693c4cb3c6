package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state told by words WordNet relates to the sheet's, under invented sheets (a cable car
 * "stopped", glassblowers "hospitalized", a seed export "suspended", a pottery "reopened"): "in" or
 * "to" the noun its verb is made from ("in hospital"), the noun of the act before "to" or "on" with
 * a verb of its phase or a state of holding ("a halt to exports continues", "the suspension of
 * exports remains in effect"), the subject's bare head opening a clause after a verb of saying or a
 * conjunction ("dealers said exports remain suspended"); and a noun before "of" that names the
 * change ("weighs a suspension of exports"), no state; the bare word of a wording of return in an
 * aside or as a complement ("the portal, online since Monday,").
 */
class StateKinWordsInvarianceTest {

    private static final Map<String, Facts> SHEETS = Map.of(
        "glass", Sheets.milestone("Corran glassblowers", "Corran glassblowers", "hospitalized"),
        "seed", Sheets.milestone("Vell seed exports", "Vell seed exports", "suspended", "halted"),
        "cable", Sheets.milestone("Orrin cable car", "Orrin cable car", "stopped", "halted"),
        "pottery", Sheets.milestone("Brisk Lane pottery", "Brisk Lane pottery", "reopened"),
        "portal", Sheets.milestone("Hesk permit portal", "Hesk permit portal", "back online", "online again"),
        "pier", Sheets.milestone("Tamsin pier", "Tamsin pier", "open again", "back open"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text.replace(" ¶ ", "\n\n"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "glass | The Corran glassblowers remain in hospital, the clinic said.",
        "glass | The Corran glassblowers are still in the hospital.",
        "glass | The Corran glassblowers were taken to hospital on Monday.",
        "glass | The Corran glassblowers were flown to the hospital in Tarn, officials told reporters.",
    })
    void in_or_to_the_noun_the_verb_is_made_from_says_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("hospitalized: affirmed");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "glass | The Corran glassblowers visited a hospital in Tarn.",
        "glass | The brother of the Corran glassblowers remains in hospital.",
    })
    void a_place_of_another_act_or_another_persons_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "seed | The halt to Vell seed exports continues.",
        "seed | The suspension of Vell seed exports remains in effect, the ministry said.",
        "seed | The suspension of Vell seed exports is still in effect.",
        "cable | The halt to the Orrin cable car continues, the operator said.",
    })
    void the_noun_of_the_act_before_to_or_of_with_a_phase_or_holding_affirms(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "seed | The halt to Vell seed exports ended on Friday.",
        "cable | The halt to the Orrin cable car ended on Friday, the operator said.",
    })
    void the_noun_of_the_act_with_a_verb_of_ending_ends_it(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": negated"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "seed | The suspension of Vell seed exports drew protests.",
        "seed | Ministers weigh a suspension of Vell seed exports",
        "pottery | Potters welcomed the reopening of the Brisk Lane pottery.",
        "cable | Engineers debated a halt of the Orrin cable car.",
    })
    void the_noun_of_the_change_alone_says_no_state(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "seed | Vell seed exports fell in May. Growers said exports remain suspended.",
        "seed | Vell seed exports fell in May. The ministry told growers that exports have been suspended.",
        "glass | The Corran glassblowers fell ill on Monday. Doctors said glassblowers remain in hospital.",
        "glass | The Corran glassblowers fell ill on Monday. The kiln was shut, and glassblowers were hospitalized.",
    })
    void the_bare_head_opening_a_clause_in_the_passage_is_the_subject(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "seed | Vell seed exports fell in May. Growers said grain exports remain suspended.",
        "seed | Vell seed exports fell in May. Growers said their exports remain suspended.",
        "glass | The Corran glassblowers fell ill on Monday. Doctors said welders remain in hospital.",
    })
    void a_modified_or_owned_head_is_another_group(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "portal | The Hesk permit portal, online since Monday, takes 300 forms a day.",
        "pier | The Tamsin pier, open since Monday, draws anglers again.",
        "portal | Clerks kept the Hesk permit portal online through the night.",
    })
    void the_bare_word_of_a_return_in_an_aside_or_as_a_complement_affirms(String sheet, String text) {
        assertThat(read(sheet, text)).hasSize(1).allMatch(s -> s.endsWith(": affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "portal | Online forms, unlike the Hesk permit portal, cost nothing.",
        "pier | The café by the Tamsin pier, open since Monday, sells chips.",
    })
    void the_bare_word_of_another_thing_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

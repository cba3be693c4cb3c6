package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's words that say nothing of the subject now, on invented sheets of two topics (a
 * climber "rescued", a gallery "reopened"): a plan ("was to be", "supposed to", "meant to"), a
 * clause of time in the present ("when ... is", "after ... reopens"), an aim ("efforts to have ...
 * rescued"), a thing the subject owns ("rescued Ana Lind's brother") or a noun the subject's phrase
 * follows ("Talks on the gallery"). Each beside the same words said as a report, which is read.
 */
class StateNotNowInvarianceTest {

    private static final Map<String, Facts> SHEETS = Map.of(
        "climber", Sheets.milestone("Ana Lind", "Lind", "rescued", "saved"),
        "gallery", Sheets.milestone("Vell gallery", "Vell gallery", "reopened", "open again"));

    private static List<String> read(String sheet, String text) {
        Facts facts = SHEETS.get(sheet);
        return Sheets.states(facts, facts.names().get(0).name() + " was in the news in May.\n\n" + text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "climber | Ana Lind was to be rescued on Friday. | Ana Lind was rescued on Friday.",
        "climber | Ana Lind was supposed to be saved by noon. | Ana Lind was saved by noon.",
        "climber | When Ana Lind is rescued, she will be flown to Brask. | When Ana Lind was rescued, she was flown to Brask.",
        "climber | Efforts to have Ana Lind rescued failed. | Efforts that had Ana Lind rescued worked.",
        "climber | The team rescued Ana Lind's brother on Friday. | The team rescued Ana Lind on Friday.",
        "climber | The team, which saved Ana Lind's guide, flew home. | The team, which saved Ana Lind, flew home.",
        "climber | Her family sought Ana Lind's rescue. | Her family said Ana Lind was rescued.",
        "gallery | The Vell gallery was meant to reopen in May. | The Vell gallery reopened in May.",
        "gallery | The Vell gallery is to reopen on Friday. | The Vell gallery reopened on Friday.",
        "gallery | After the Vell gallery reopens, tours will start. | After the Vell gallery reopened, tours started.",
        "gallery | Donors pushed to get the Vell gallery reopened. | Donors got the Vell gallery reopened.",
        "gallery | The council reopened the Vell gallery's cafe on Friday. | The council reopened the Vell gallery on Friday.",
        "gallery | Debate over the Vell gallery reopened on Friday. | The Vell gallery reopened on Friday.",
    })
    void a_plan_a_time_to_come_an_aim_or_another_thing_says_nothing_of_now(String sheet, String notNow, String report) {
        assertThat(read(sheet, notNow)).isEmpty();
        assertThat(read(sheet, report)).hasSize(1).allMatch(c -> c.endsWith("affirmed"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "climber | Ana Lind has yet to be rescued. | rescued: negated",
        "climber | Ana Lind, who was saved on Friday, was rescued by the Brask team. | rescued: affirmed",
        "gallery | The Vell gallery, which reopened on Friday, is open again after the storm. | reopened: affirmed",
    })
    void one_sentence_that_says_the_state_twice_is_one_claim(String sheet, String text, String claim) {
        assertThat(read(sheet, text)).containsExactly(claim);
    }
}

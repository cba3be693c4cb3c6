package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state named bare after a verb of becoming ("came online", "went online") or after the adverb of
 * return ("are back open"), and a wording's adverb of return placed otherwise (a headline's "online
 * again" for "back online", "back open" for "open again"), reads as its wording of return would, under two invented sheets: a
 * permit portal "back online", reading rooms "open again".
 */
class StateBecomingInvarianceTest {

    private static Facts sheet(String subject, String state) {
        return Sheets.milestone(subject, subject, state);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "portal", sheet("Hesk permit portal", "back online"),
        "rooms", sheet("Orrin reading rooms", "open again"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "portal | The Hesk permit portal came online again on Monday. | back online: affirmed",
        "portal | The Hesk permit portal finally came online on Monday, officials said. | back online: affirmed",
        "portal | The Hesk permit portal went online again on Monday. | back online: affirmed",
        "portal | The Hesk permit portal is back online. | back online: affirmed",
        "rooms | The Orrin reading rooms are back open. | open again: affirmed",
        "rooms | The Orrin reading rooms are now back open, the council said. | open again: affirmed",
        "rooms | The Orrin reading rooms are not back open. | open again: negated",
        "portal | Hesk permit portal online again after outage | back online: affirmed",
        "rooms | Orrin reading rooms back open after repairs | open again: affirmed",
        "portal | Hesk permit portal back online after outage | back online: affirmed",
    })
    void a_bare_state_after_becoming_or_return_reads_as_its_wording(String sheet, String text, String claim) {
        assertThat(read(sheet, text)).containsExactly(claim);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "portal | The Hesk permit portal could come online again next week.",
        "rooms | Will the Orrin reading rooms come open again?",
        "portal | If the Hesk permit portal comes online again, fees will fall.",
    })
    void a_forecast_or_question_of_becoming_is_no_claim(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

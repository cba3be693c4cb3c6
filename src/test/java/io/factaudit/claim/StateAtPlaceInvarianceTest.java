package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state said with a verb of the place it holds in, the subject after a preposition of place,
 * under two invented sheets: a district where supply is "restored", a harbour where crossings
 * "resumed". Any preposition of place or the goal's "to", the whole or most of the place, any verb
 * group, a place set apart by "except" where the state does not hold; not a part of the place, not
 * the place of another thing the verb acts on.
 */
class StateAtPlaceInvarianceTest {

    private static Facts sheet(String subject, String state) {
        return Sheets.milestone(subject, subject, state);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "district", sheet("Elm district", "restored"),
        "harbour", sheet("Porth harbour", "resumed"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "district | Water was restored throughout the Elm district on Monday. | restored: affirmed",
        "district | Gas supply has been restored across the Elm district. | restored: affirmed",
        "district | Heating was fully restored in the Elm district, the utility said. | restored: affirmed",
        "district | Water has not been restored in the Elm district. | restored: negated",
        "harbour | Crossings resumed at Porth harbour on Monday. | resumed: affirmed",
        "harbour | Loading has resumed within Porth harbour. | resumed: affirmed",
        "harbour | Sailings have not resumed at Porth harbour. | resumed: negated",
        "district | Water was restored to the Elm district on Monday. | restored: affirmed",
        "district | Gas supply has been restored to most of the Elm district. | restored: affirmed",
        "district | Heating was restored back to all of the Elm district. | restored: affirmed",
        "harbour | Sailings resumed to Porth harbour on Monday. | resumed: affirmed",
        "harbour | Sailings have resumed to much of Porth harbour. | resumed: affirmed",
        "harbour | Sailings have not resumed to Porth harbour. | resumed: negated",
        "district | Water has been restored everywhere except in the Elm district. | restored: negated",
        "district | Water was restored except for the Elm district, the utility said. | restored: negated",
        "harbour | Sailings have resumed everywhere except at Porth harbour. | resumed: negated",
        "harbour | Sailings have not resumed anywhere except at Porth harbour. | resumed: affirmed",
    })
    void a_state_at_its_place_is_the_places_state(String sheet, String text, String claim) {
        assertThat(read(sheet, text)).containsExactly(claim);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "district | Water was restored in parts of the Elm district.",
        "district | Water was restored to some of the Elm district.",
        "harbour | Sailings resumed to a few berths of Porth harbour.",
        "district | Water is being restored throughout the Elm district.",
        "district | Crews restored the main road to the Elm district.",
        "district | Water could be restored throughout the Elm district next week.",
        "harbour | Officials resumed talks near Porth harbour.",
        "harbour | Crossings could resume at Porth harbour next week.",
    })
    void a_part_another_thing_or_a_forecast_is_not_the_places_state(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet's wording that is a clause, a noun and its participle, written out with its verb group
 * inside, under two invented sheets: "water restored" in a district, "ferry service suspended" at a
 * harbour. Any auxiliary, tense or adverb; a negation inside denies; a modal inside or a change
 * under way says nothing.
 */
class StateClauseInvarianceTest {

    private static Facts sheet(String subject, String state) {
        return Sheets.milestone(subject, subject, state);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "district", sheet("Elm district", "water restored"),
        "harbour", sheet("Porth harbour", "ferry service suspended"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "district | Water has now been restored across the Elm district. | water restored: affirmed",
        "district | Water was restored throughout the Elm district on Monday. | water restored: affirmed",
        "district | Water has not been restored in the Elm district. | water restored: negated",
        "harbour | Ferry service has been suspended at Porth harbour. | ferry service suspended: affirmed",
        "harbour | Ferry service was fully suspended at Porth harbour on Monday. | ferry service suspended: affirmed",
        "harbour | Ferry service was not suspended at Porth harbour. | ferry service suspended: negated",
    })
    void a_wording_written_as_a_clause_reads_as_the_wording(String sheet, String text, String claim) {
        assertThat(read(sheet, text)).containsExactly(claim);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "district | Water could be restored across the Elm district.",
        "district | Water is being restored across the Elm district.",
        "harbour | Ferry service may be suspended at Porth harbour.",
        "harbour | Ferry service is being suspended at Porth harbour.",
    })
    void a_modal_inside_or_a_change_under_way_is_no_claim(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

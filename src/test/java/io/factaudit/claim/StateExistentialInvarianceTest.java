package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state of holding told by the measure's being there, by what is under it and by its imposing,
 * on invented sheets of two topics (a curfew "in force", a grazing ban "in effect"): "there is",
 * "there is no", "there is no longer", "is under", "remains under", "was placed under", "was
 * imposed", "imposed the ban"; a question, a condition, a forecast, a call for it or its terms say nothing.
 */
class StateExistentialInvarianceTest {

    private static final Map<String, Facts> SHEETS = Map.of(
        "curfew", Sheets.milestone("Osk curfew", "curfew in Osk", "in force", "in effect"),
        "ban", Sheets.milestone("Pell grazing ban", "grazing ban", "in effect", "in force"));

    private static List<String> read(String sheet, String text) {
        Facts facts = SHEETS.get(sheet);
        return Sheets.states(facts, facts.names().get(0).name() + " was in the news in May.\n\n" + text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | There is a curfew in Osk. | in force: affirmed",
        "curfew | There is still a curfew in Osk, officials said. | in force: affirmed",
        "curfew | There has been a curfew in Osk since May. | in force: affirmed",
        "curfew | There is no curfew in Osk yet. | in force: negated",
        "curfew | There is no longer a curfew in Osk. | in force: negated",
        "curfew | Osk is still under the curfew. | in force: affirmed",
        "curfew | Osk remains under the curfew. | in force: affirmed",
        "curfew | The curfew in Osk was imposed on Monday. | in force: affirmed",
        "curfew | The army imposed the curfew in Osk on Monday. | in force: affirmed",
        "ban | There is a grazing ban on the Pell hills. | in effect: affirmed",
        "ban | There is no longer a grazing ban on the Pell hills. | in effect: negated",
        "ban | The Pell hills were placed under a grazing ban. | in effect: affirmed",
        "ban | The grazing ban was imposed last week. | in effect: affirmed",
        "ban | The council has imposed the grazing ban. | in effect: affirmed",
    })
    void the_measure_there_under_it_or_imposed_holds(String sheet, String text, String claim) {
        assertThat(read(sheet, text)).containsExactly(claim);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | Is there a curfew in Osk?",
        "curfew | If there is a curfew in Osk, shops will shut.",
        "curfew | There could be a curfew in Osk by Friday.",
        "curfew | Residents called for a curfew in Osk.",
        "curfew | Under the curfew's terms, shops in Osk close at six.",
        "ban | There will be a grazing ban on the Pell hills.",
        "ban | The council may impose the grazing ban.",
        "ban | The council threatened to impose a grazing ban.",
    })
    void a_question_a_condition_a_forecast_or_a_call_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Without" the subject after "be" or a linking verb denies a state of return, under invented
 * sheets of three wordings of return: a ferry link "restored", a permit portal "back online", a
 * reading room "open again"; a state that is no return (a levy "approved") is not denied so.
 */
class StateWithoutInvarianceTest {

    private static Facts sheet(String subject, String spelling, String state, String... aliases) {
        return Sheets.milestone(subject, spelling, state, aliases);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "ferry", sheet("Carrick ferry link", "Carrick ferry", "restored", "resumed"),
        "portal", sheet("Hesk permit portal", "permit portal", "back online"),
        "room", sheet("Orrin reading room", "Orrin library", "open again"),
        "levy", sheet("harbour levy", "the levy", "approved"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ferry | Islanders remain without the Carrick ferry link. | restored",
        "ferry | Islanders were still without the Carrick ferry on Friday. | restored",
        "portal | Applicants are still without the Hesk permit portal, officials said. | back online",
        "room | Students have been without the Orrin library since May. | open again",
    })
    void without_the_subject_denies_a_state_of_return(String sheet, String text, String state) {
        assertThat(read(sheet, text)).containsExactly(state + ": negated");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ferry | Islanders are not without the Carrick ferry link.",
        "ferry | Islanders could be without the Carrick ferry link for weeks.",
        "portal | Without the Hesk permit portal, applicants queued.",
        "portal | Are applicants without the Hesk permit portal?",
        "levy | The port remains without the harbour levy.",
    })
    void without_negated_in_a_forecast_a_question_an_opening_phrase_or_for_another_state_says_nothing(String sheet,
                                                                                                      String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

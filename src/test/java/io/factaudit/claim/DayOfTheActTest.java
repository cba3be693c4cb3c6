package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which day a date gives the act, on two invented topics (a bridge shut by its operator, crews
 * cutting a water main): hours after a date of the sentence before, a beginning told by "since",
 * a verb whose past is its base after a singular subject, a plan told in the past, and an act told
 * as to come after the sheet's day had passed, which is another occurrence of it.
 */
class DayOfTheActTest {

    /** A Wednesday: the Monday before is the 10th, the Monday after the 17th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the operator shut the bridge", LocalDate.of(2025, 3, 10), List.of("shut the bridge", "bridge shut"),
            new FactLocation("features/bridge.feature", 7)),
        new Event("crews cut the water main", LocalDate.of(2025, 3, 10), List.of("cut the water main", "water main cut"),
            new FactLocation("features/water.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gales reached the coast on Monday. Hours later, the operator shut the bridge.|the operator shut the bridge",
        "Gales reached the coast on Monday. The operator shut the bridge a few hours later.|the operator shut the bridge",
        "A pipe burst on Monday. Later that day, crews cut the water main.|crews cut the water main",
        "A pipe burst on Monday. Crews cut the water main the same day.|crews cut the water main",
    })
    void hours_after_a_date_of_the_sentence_before_hold_its_day(String text, String event) {
        assertThat(read(text)).singleElement().satisfies(c -> assertThat(c).startsWith(event + " 2025-03-10.."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The operator will reopen it after it shut the bridge on Monday.|the operator shut the bridge",
        "Repairs will take weeks after the operator shut the bridge on Monday.|the operator shut the bridge",
        "Taps will run again after the contractor cut the water main on Monday.|crews cut the water main",
        "The operator was set to shut the bridge on Monday.|the operator shut the bridge",
        "Crews had planned to cut the water main on Monday.|crews cut the water main",
        "The bridge shut since Monday will reopen next week.|the operator shut the bridge",
    })
    void a_past_act_in_a_sentence_about_what_is_to_come_keeps_the_past_day(String text, String event) {
        assertThat(read(text)).containsExactly(event + " 2025-03-10..2025-03-10");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The operator will shut the bridge again on Monday.", "Crews plan to cut the water main anew on Monday.",
        "Crews are expected to cut the water main again on Monday."})
    void an_act_to_come_again_after_the_sheets_day_had_passed_is_another_occurrence(String text) {
        assertThat(read(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The operator will shut the bridge on Monday.", "Crews plan to cut the water main on Monday."})
    void an_act_to_come_after_the_sheets_day_had_passed_is_the_articles_claim(String text) {
        assertThat(read(text)).hasSize(1);
    }
}

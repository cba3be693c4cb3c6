package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberAsObjectTest {

    /** A mill's announcement of layoffs, read in an article of Wednesday 12 March 2025. */
    private static final Facts MILL = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the mill announced the layoffs", LocalDate.of(2025, 3, 10), List.of("announced the layoffs"),
            new FactLocation("features/mill.feature", 4))), Policy.DEFAULT);

    private static List<String> days(String text, Facts facts) {
        return new EventDateReader().read(Sheets.article(text, "2025-03-12"), facts).stream().map(EventDateClaim.class::cast)
            .map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a definite number standing for the plural object, then the event's verb")
    @ValueSource(strings = {"The mill will now shed 300 jobs, more than the 200 it announced on Monday.",
        "The mill will now shed 300 jobs, up from the 200 that the owners announced on Monday.",
        "The mill will now shed 300 jobs rather than the 200 Brontec announced on Monday."})
    void should_date_the_event_told_by_a_number(String text) {
        assertThat(days(text, MILL)).containsExactly("2025-03-10..2025-03-10");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no number standing for the object: a noun after it, a year, another verb, no definite word")
    @ValueSource(strings = {"The mill will shed more than the 200 workers it announced on Monday.",
        "The mill still follows the 2019 it announced on Monday.",
        "The mill will now shed 300 jobs, more than the 200 it hired on Monday.",
        "The mill will now shed 300 jobs, more than 200 it announced on Monday."})
    void should_not_date_the_event_otherwise(String text) {
        assertThat(days(text, MILL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("object first with a date after the verb: the date is no object")
    @ValueSource(strings = {"The accord Northland signed last June still stands.",
        "The accord that the two capitals signed in June still stands."})
    void should_read_a_date_after_the_verb_of_an_object_first_wording(String text) {
        assertThat(new EventDateReader().read(Sheets.article(text, "2024-11-08"), Sheets.contingent()))
            .extracting(c -> ((EventDateClaim) c).from()).containsExactly(LocalDate.of(2024, 6, 1));
    }
}

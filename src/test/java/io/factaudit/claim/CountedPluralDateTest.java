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

/** A count of a plural the sheet's wording has is told of the event itself; of a singular's plural, of others. */
class CountedPluralDateTest {

    /** A Wednesday: the Thursday before is the 6th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("police arrested protesters", LocalDate.of(2025, 3, 6), List.of("arrested protesters"),
            new FactLocation("features/march.feature", 7)),
        new Event("the district closed schools", LocalDate.of(2025, 3, 6), List.of("closed schools", "schools closed"),
            new FactLocation("features/schools.feature", 7)),
        new Event("the dam failed", LocalDate.of(2025, 3, 6), List.of("dam failed"),
            new FactLocation("features/dam.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a number in digits or words, another topic, the count before the subject")
    @ValueSource(strings = {"Police arrested 40 protesters on Thursday.", "Police arrested forty protesters on Thursday.",
        "Police on Thursday arrested 40 protesters, officials said."})
    void should_date_the_arrests(String sentence) {
        assertThat(read(sentence)).containsExactly("police arrested protesters 2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The district closed 31 schools on Thursday.", "About 31 schools closed on Thursday."})
    void should_date_the_closures(String sentence) {
        assertThat(read(sentence)).containsExactly("the district closed schools 2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a count of a noun the sheet writes in the singular tells other events")
    @ValueSource(strings = {"Two dams failed on Thursday.", "By Thursday, 12 dams had failed."})
    void should_not_date_several_of_a_singular(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}

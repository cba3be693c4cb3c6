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

/**
 * An event named by a preposition's object that modifies another verb's subject ("an inquiry into
 * the closure opened on Tuesday"): the date after that verb is the verb's, not the event's.
 */
class AnotherVerbDateTest {

    /** A Wednesday: the Tuesday before is the 11th, the Monday the 10th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the ferry sailings were cancelled", LocalDate.of(2025, 3, 10),
            List.of("sailings were cancelled", "cancelled the sailings", "cancellations"),
            new FactLocation("features/ferry.feature", 7)),
        new Event("the mill closed", LocalDate.of(2025, 3, 10), List.of("mill closed", "closure of the mill", "closure"),
            new FactLocation("features/mill.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    private static List<String> reasons(String text) {
        return new EventDateReader().decisions(Sheets.article(text, PUBLISHED), SHEET).stream()
            .filter(d -> !d.isClaim()).map(DateDecision::reason).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("two topics, another head noun, another verb, another date form")
    @ValueSource(strings = {"An inquiry into the cancellations opened on Tuesday.",
        "Passengers stranded by the cancellations slept in the terminal on Tuesday.",
        "Anger over the closure boiled over on Tuesday.",
        "A review of the closure started on March 11.",
        "Workers hit by the closure of the mill marched to the town hall on Tuesday.",
        "Refunds for the cancellations were paid out yesterday.",
        "Talks on the closure were held on Tuesday.",
        "Protests over the cancellations began on March 11."})
    void should_give_the_date_to_the_other_verb(String sentence) {
        assertThat(read(sentence)).isEmpty();
        assertThat(reasons(sentence)).contains(DateDecision.ANOTHER_VERB);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the event as its own clause's subject, a verb of taking place, a date on the noun itself")
    @ValueSource(strings = {"Flights were grounded after the closure took place on Monday.",
        "Flights were grounded after the closure began on Monday.",
        "Sailings resumed on Tuesday after the cancellations on Monday.",
        "The union held a rally after the closure of the mill on March 10.",
        "The mill closed on Monday."})
    void should_date_the_event(String sentence) {
        assertThat(read(sentence)).containsExactly("2025-03-10..2025-03-10");
    }
}

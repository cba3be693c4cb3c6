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

/** An event named by a noun group that is a preposition's object keeps its date whatever the verb before says. */
class PrepositionObjectDateTest {

    /** A Wednesday: the Sunday before is the 9th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the Lisk referendum", LocalDate.of(2025, 3, 9), List.of("Lisk referendum", "referendum in Lisk"),
            new FactLocation("features/lisk.feature", 7)),
        new Event("the harbour strike", LocalDate.of(2025, 3, 9), List.of("harbour strike"),
            new FactLocation("features/harbour.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a verb of doubting, \"before\", another topic, the date before or after the noun")
    @ValueSource(strings = {"Voters rejected the bridge plan in Sunday's Lisk referendum.",
        "Shares fell before the Lisk referendum on Sunday.", "Critics disputed the results after Sunday's Lisk referendum.",
        "Ferries stopped before Sunday's harbour strike.", "Dockers denied any role in the harbour strike on Sunday."})
    void should_date_the_object_of_a_preposition(String sentence) {
        assertThat(read(sentence)).containsExactly("2025-03-09..2025-03-09");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the event's own condition or denial")
    @ValueSource(strings = {"If the Lisk referendum on Sunday fails, the bridge plan dies.",
        "There was no harbour strike on Sunday."})
    void should_not_date_a_condition_or_a_denial(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}

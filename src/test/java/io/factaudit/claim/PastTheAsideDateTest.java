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

/** A mention inside an aside (", who ...,", ", which ...,"): a date past the aside's closing comma is the main clause's. */
class PastTheAsideDateTest {

    /** A Wednesday: the Tuesday before is the 11th, the Monday the 10th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the ferry sailings were cancelled", LocalDate.of(2025, 3, 10),
            List.of("cancelled the sailings", "sailings were cancelled"), new FactLocation("features/ferry.feature", 7)),
        new Event("the mill closed", LocalDate.of(2025, 3, 10), List.of("closed the mill", "mill closed"),
            new FactLocation("features/mill.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("two topics, \"who\" or \"which\", another main verb and date form")
    @ValueSource(strings = {"The owners, who closed the mill, filed for bankruptcy on Tuesday.",
        "The operator, which cancelled the sailings, apologised on Tuesday.",
        "The owners, who closed the mill, met the union on March 11.",
        "The operator, which cancelled the sailings, was fined yesterday."})
    void should_not_date_the_mention_by_the_main_clause(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a date inside the aside, or a mention outside any aside, is the event's")
    @ValueSource(strings = {"The operator, which cancelled the sailings on Monday, apologised on Tuesday.",
        "The owners, who closed the mill on March 10, filed for bankruptcy on Tuesday.",
        "The owners closed the mill on Monday, the union said.",
        "The operator cancelled the sailings, citing the storm, on Monday."})
    void should_date_the_event(String sentence) {
        assertThat(read(sentence)).containsExactly("2025-03-10..2025-03-10");
    }
}

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

/** A thing set "for" a day, the day set off by a comma inside the event's wording, on two invented topics. */
class SetForDateTest {

    /** A Saturday: the coming Sunday is the 16th, the last one the 9th. */
    private static final String PUBLISHED = "2025-03-15";

    private static final Facts FACTS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("march to the town hall", LocalDate.of(2025, 3, 16), List.of("march on the town hall"),
            new FactLocation("features/town.feature", 7)),
        new Event("recital in the park", LocalDate.of(2025, 3, 16), List.of("concert in the park"),
            new FactLocation("features/music.feature", 7))), Policy.DEFAULT);

    private static List<String> days(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), FACTS).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a noun a verb takes as its object, \"for\" a day: the coming day, in any tense and on any topic")
    @ValueSource(strings = {"The union has called another march for Sunday, to the town hall.",
        "The union called a march to the town hall for Sunday.",
        "The union announced a march for Sunday, on the town hall.",
        "The union will hold a march to the town hall for Sunday.",
        "The orchestra booked a concert for Sunday, in the park."})
    void should_date_the_thing_set_for_a_day(String sentence) {
        assertThat(days(sentence)).singleElement().asString().endsWith("2025-03-16..2025-03-16");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the noun before \"for\" is a clause's subject, or the day is a possessive: not a day set")
    @ValueSource(strings = {"Organisers said the march for Sunday was the largest, to the town hall.",
        "Police blamed the march to the town hall for Sunday's clashes."})
    void should_not_read_a_subject_or_a_possessive_as_a_day_set(String sentence) {
        assertThat(days(sentence)).noneMatch(d -> d.endsWith("2025-03-16..2025-03-16"));
    }
}

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

/** The occasion of a clause named after the comma that closes it, on two invented topics. */
class OccasionAdjunctDateTest {

    /** A Wednesday: the Monday before is the 10th, the Friday before the 7th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts FACTS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("first day of the nurses' strike", LocalDate.of(2025, 3, 10), List.of("first day of the strike",
            "first strike day"), new FactLocation("features/wards.feature", 7)),
        new Event("opening night of the festival", LocalDate.of(2025, 3, 7), List.of("festival's opening night"),
            new FactLocation("features/festival.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), FACTS).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\", in the <event>\" after a dated clause: the event of that date, on either topic, across \"and\"")
    @ValueSource(strings = {
        "Nurses walked out on Monday and picketed the wards, in the first day of the strike called by the union.",
        "Thousands of nurses left the wards across the region on March 10, during the first strike day.",
        "Nurses in Osk picketed the wards on Monday, in a first strike day that closed two clinics.",
        "Crowds filled the old harbour on Friday and danced until dawn, at the opening night of the festival."})
    void should_date_the_occasion_by_its_clause(String sentence) {
        assertThat(read(sentence)).singleElement().asString().matches(".*(2025-03-10\\.\\.2025-03-10|2025-03-07\\.\\.2025-03-07)");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a date of saying, or a date past a clause break: not the occasion's")
    @ValueSource(strings = {
        "The union said on Thursday, in the first day of the strike, that talks had failed.",
        "Talks failed on Thursday; in the first day of the strike, nurses stayed home.",
        "The harbour was full, officials said on Thursday, at the opening night of the festival."})
    void should_not_date_the_occasion_otherwise(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}

package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Forms read one way in a past clause and another in a future one, against an article of Friday 14 March 2025. */
class TenseInBothDirectionsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    /** "from..to" of each date of a one-sentence text, distances read from dates before them. */
    private static List<String> days(String text) {
        return new DateResolver(FRIDAY).find(text, new Span(0, text.length()), List.of()).stream()
            .map(d -> d.from() + ".." + d.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mill closed a fortnight ago. | 2025-02-24..2025-03-02",
        "The ferry line opened two fortnights ago. | 2025-02-10..2025-02-16",
        "The mill will close in two days. | 2025-03-16..2025-03-16",
        "The ferry line is set to open in a fortnight. | 2025-03-28..2025-03-28",
        "The ferry line plans to open in three weeks' time. | 2025-04-04..2025-04-04",
        "The mill will close the day after tomorrow. | 2025-03-16..2025-03-16",
        "The mill closed the day before yesterday. | 2025-03-12..2025-03-12",
        "The mill closed on March 2 and the ferry line opened a fortnight later. | 2025-03-02..2025-03-02, 2025-03-10..2025-03-16",
        "The mill will close this coming Tuesday. | 2025-03-18..2025-03-18",
        "The mill will close at the end of the month. | 2025-03-21..2025-03-31",
        "The mill closed at the start of the month. | 2025-03-01..2025-03-10",
        "The mill closed earlier in the week. | 2025-03-10..2025-03-14"})
    void should_read_fortnights_days_counted_forward_and_parts_of_the_articles_month(String text, String expected) {
        assertThat(String.join(", ", days(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("in a past clause, \"in two days\" is how long something took, not a date")
    @ValueSource(strings = {"The crews rebuilt the bridge in two days.", "The ferry line was built in a fortnight."})
    void should_read_no_date_in_a_duration(String text) {
        assertThat(days(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Tuesday, Osk and Lisk will sign the accord. | 2025-03-18..2025-03-18",
        "On Tuesday, Osk and Lisk signed the accord. | 2025-03-11..2025-03-11",
        "On March 20, the mill and the dairy will close. | 2025-03-20..2025-03-20",
        "The council will vote when the mayor returns on Tuesday. | 2025-03-18..2025-03-18",
        "The council is expected to vote once the auditors report on Tuesday. | 2025-03-18..2025-03-18",
        "The council voted when the mayor returned on Tuesday. | 2025-03-11..2025-03-11",
        "The council voted after the auditors reported on March 20. | 2024-03-20..2024-03-20"})
    void should_take_the_direction_of_the_clause_a_date_depends_on(String text, String expected) {
        assertThat(days(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("with no other cue, the simple present after its subject is a plan: the coming day")
    @CsvSource(delimiter = '|', value = {
        "Ministers meet in Lisk on Tuesday to discuss tariffs. | 2025-03-18..2025-03-18",
        "The new ferry season opens with a parade on March 20. | 2025-03-20..2025-03-20",
        "The festival begins on Saturday. | 2025-03-15..2025-03-15",
        "It reopens on Tuesday. | 2025-03-18..2025-03-18",
        "Talks resume in Osk on March 2. | 2026-03-02..2026-03-02"})
    void should_read_a_timetable_present_forward(String text, String expected) {
        assertThat(days(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a past cue wins, and a plural noun after a determiner is no verb")
    @CsvSource(delimiter = '|', value = {
        "The festival, which the mayor opens each year, began on Saturday. | 2025-03-08..2025-03-08",
        "The board published the results on Tuesday. | 2025-03-11..2025-03-11",
        "Ministers met in Lisk on Tuesday. | 2025-03-11..2025-03-11",
        "Storm damage in the valleys on March 2. | 2025-03-02..2025-03-02",
        "Floods hit the valleys on March 2. | 2025-03-02..2025-03-02"})
    void should_keep_the_past_otherwise(String text, String expected) {
        assertThat(days(text)).containsExactly(expected);
    }
}

package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days set for what is to come, told without "will", against an article of Friday 14 March 2025. */
class PlannedDayTest {

    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    private static String days(String text) {
        return String.join(", ", new DateResolver(FRIDAY).find(text, new Span(0, text.length()), List.of()).stream()
            .map(d -> d.from() + ".." + d.to()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"is due on\", \"is expected on\", \"is scheduled on\": the coming day; \"was due on\" the last one")
    @CsvSource(delimiter = '|', value = {
        "The vote on the budget is due on March 20. | 2025-03-20..2025-03-20",
        "The verdict is due on 11 March. | 2026-03-11..2026-03-11",
        "A ruling is expected on Tuesday. | 2025-03-18..2025-03-18",
        "The final hearing is scheduled on Wednesday. | 2025-03-19..2025-03-19",
        "The new timetable is due in February. | 2026-02-01..2026-02-28",
        "The report was due on Tuesday. | 2025-03-11..2025-03-11",
        "The ferry was expected on March 10. | 2025-03-10..2025-03-10"})
    void should_read_a_day_set_for_what_is_to_come(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a weekday named with the day of the month picks, of the nearest past and coming one, the year in which they agree, whatever the tense")
    @CsvSource(delimiter = '|', value = {
        "The vote is due on Thursday 20 March. | 2025-03-20..2025-03-20",
        "The mill closed on Thursday, March 20. | 2025-03-20..2025-03-20",
        "The mill will close on Wednesday 12 March. | 2025-03-12..2025-03-12",
        "The ferry sank on Wednesday, the 12th of March. | 2025-03-12..2025-03-12"})
    void should_take_the_year_the_weekday_agrees_with(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a noun with no determiner opening its clause and a verb in -s: a plan of the week")
    @CsvSource(delimiter = '|', value = {
        "The marches were big, and parliament votes this week. | 2025-03-14..2025-03-16",
        "The strike is over and congress meets this week. | 2025-03-14..2025-03-16",
        "Parliament voted this week. | 2025-03-10..2025-03-14",
        "The marches were big, and parliament voted this week. | 2025-03-10..2025-03-14"})
    void should_read_a_bare_subject_in_the_present_as_a_plan(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"may\" and \"should\" look forward, a verb of saying after the date does not set its tense, \"at the weekend\" goes either way")
    @CsvSource(delimiter = '|', value = {
        "The mill may close on Tuesday. | 2025-03-18..2025-03-18",
        "The ferry line should reopen on Tuesday. | 2025-03-18..2025-03-18",
        "The mill closes on Tuesday, officials said. | 2025-03-18..2025-03-18",
        "The ferry line reopens on Tuesday, its owner says. | 2025-03-18..2025-03-18",
        "The mill closed on Tuesday, officials said. | 2025-03-11..2025-03-11",
        "The mill closed on May 2. | 2024-05-02..2024-05-02",
        "The mill closed at the weekend. | 2025-03-08..2025-03-09",
        "The ferry line will reopen at the weekend. | 2025-03-15..2025-03-16",
        "The mill closed during the weekend. | 2025-03-08..2025-03-09"})
    void should_read_modals_and_a_plan_told_by_someone(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("\"this weekend\" and \"on the weekend\" on a weekday: the one just gone in a past clause, the coming one in a future one")
    @CsvSource(delimiter = '|', value = {
        "The mill closed this weekend. | 2025-03-08..2025-03-09",
        "The ferry line reopened on the weekend. | 2025-03-08..2025-03-09",
        "Hauliers blocked the bridge this weekend, police said. | 2025-03-08..2025-03-09",
        "The mill will close this weekend. | 2025-03-15..2025-03-16",
        "The ferry line is set to reopen on the weekend. | 2025-03-15..2025-03-16"})
    void should_read_this_weekend_by_the_tense(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a number word in the plural is a crowd, not a year: \"Thousands march\" holds no March")
    @CsvSource(delimiter = '|', value = {
        "Thousands march in Osk. | ''",
        "Hundreds march on the town hall. | ''",
        "Thousands marched in Osk on Tuesday. | 2025-03-11..2025-03-11"})
    void should_not_read_a_plural_number_word_as_a_year(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }
}

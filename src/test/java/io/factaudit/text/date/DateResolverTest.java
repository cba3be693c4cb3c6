package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateResolverTest {

    /** The one date expression in a text, as "words: from..to (relative|absolute)". */
    private static String read(String published, String text) {
        List<DateMention> found = new DateResolver(published.isEmpty() ? null : LocalDate.parse(published)).find(text);
        assertThat(found).as("date expressions in \"%s\"", text).hasSize(1);
        DateMention d = found.get(0);
        return text.substring(d.span().start(), d.span().end()) + ": " + d.from() + ".." + d.to()
            + (d.relative() ? " relative" : " absolute");
    }

    @ParameterizedTest(name = "{1} in an article of {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-01 | signed on June 19, 2024 | June 19, 2024: 2024-06-19..2024-06-19 absolute",
        "2024-11-01 | signed on 19 June 2023 | 19 June 2023: 2023-06-19..2023-06-19 absolute",
        "2023-03-01 | agreed on 13 February 2023 to open | 13 February 2023: 2023-02-13..2023-02-13 absolute",
        "2024-11-08 | ratified it on Oct. 24 | Oct. 24: 2024-10-24..2024-10-24 relative",
        "2024-12-20 | came into force on Dec. 4 | Dec. 4: 2024-12-04..2024-12-04 relative",
        "2025-01-03 | left on Dec. 27 | Dec. 27: 2024-12-27..2024-12-27 relative",
        "2023-02-17 | hit on Tuesday, February 7, at dawn | Tuesday, February 7: 2023-02-07..2023-02-07 relative",
        "2024-10-27 | Sunday, 27 Oct 2024 | Sunday, 27 Oct 2024: 2024-10-27..2024-10-27 absolute"})
    void should_read_explicit_dates(String published, String text, String expected) {
        assertThat(read(published, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in an article of {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-01 | signed in June | June: 2024-06-01..2024-06-30 relative",
        "2025-02-10 | came into force in December | December: 2024-12-01..2024-12-31 relative",
        "2024-06-20 | signed in June | June: 2024-06-01..2024-06-30 relative",
        "2025-02-10 | signed last June | last June: 2024-06-01..2024-06-30 relative",
        "2024-11-01 | since last August | last August: 2024-08-01..2024-08-31 relative",
        "2024-08-20 | last August | last August: 2023-08-01..2023-08-31 relative",
        "2024-10-19 | in early August | early August: 2024-08-01..2024-08-10 relative",
        "2024-12-20 | in late October | late October: 2024-10-21..2024-10-31 relative",
        "2024-12-20 | until mid-October | mid-October: 2024-10-11..2024-10-20 relative",
        "2024-10-24 | in early and mid-October | early and mid-October: 2024-10-01..2024-10-20 relative",
        "2024-10-24 | by the end of October | the end of October: 2024-10-21..2024-10-31 relative",
        "2025-01-10 | in June 2024 | June 2024: 2024-06-01..2024-06-30 absolute",
        "2024-10-19 | since August last year | August last year: 2023-08-01..2023-08-31 relative"})
    void should_read_months_as_the_most_recent_one(String published, String text, String expected) {
        assertThat(read(published, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in an article of {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-01 | On Thursday in Brussels | Thursday: 2024-10-31..2024-10-31 relative",
        "2024-11-01 | said on Monday night | Monday night: 2024-10-28..2024-10-28 relative",
        "2023-02-07 | hit early on Monday afternoon | early on Monday afternoon: 2023-02-06..2023-02-06 relative",
        "2024-11-01 | last Friday | last Friday: 2024-10-25..2024-10-25 relative",
        "2024-11-01 | next Monday | next Monday: 2024-11-04..2024-11-04 relative"})
    void should_read_weekdays_as_the_most_recent_one(String published, String text, String expected) {
        assertThat(read(published, text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a weekday named in an article of that same weekday is the day of publication")
    void should_read_the_weekday_of_publication_as_that_day() {
        assertThat(read("2023-02-13", "agreed on Monday to open two crossings"))
            .isEqualTo("Monday: 2023-02-13..2023-02-13 relative");
    }

    @ParameterizedTest(name = "{1} in an article of {0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-01 | yesterday | yesterday: 2024-10-31..2024-10-31 relative",
        "2024-11-01 | up from 900 a day earlier | a day earlier: 2024-10-31..2024-10-31 relative",
        "2024-11-01 | ratified it last week | last week: 2024-10-21..2024-10-27 relative",
        "2024-11-01 | earlier this week | earlier this week: 2024-10-28..2024-11-01 relative",
        "2024-11-01 | this month | this month: 2024-11-01..2024-11-01 relative",
        "2024-11-01 | last month | last month: 2024-10-01..2024-10-31 relative",
        "2024-11-01 | earlier this year | earlier this year: 2024-01-01..2024-11-01 relative",
        "2024-11-01 | last year | last year: 2023-01-01..2023-12-31 relative",
        "2025-02-10 | since its incursion last summer | last summer: 2024-06-01..2024-08-31 relative",
        "2024-07-15 | last summer | last summer: 2023-06-01..2023-08-31 relative",
        "2024-11-01 | four months ago | four months ago: 2024-07-01..2024-07-31 relative",
        "2024-11-01 | over the weekend | over the weekend: 2024-10-26..2024-10-27 relative",
        "2024-11-01 | gave way this afternoon | this afternoon: 2024-11-01..2024-11-01 relative"})
    void should_read_relative_expressions(String published, String text, String expected) {
        assertThat(read(published, text)).isEqualTo(expected);
    }

    @Test
    void should_join_a_range_of_days_into_one_span() {
        assertThat(read("2024-10-19", "between Oct. 8 and Oct. 13")).isEqualTo(
            "Oct. 8 and Oct. 13: 2024-10-08..2024-10-13 relative");
    }

    @Test
    void should_read_a_year_after_a_preposition() {
        assertThat(read("2023-02-07", "in Erzincan in 1939")).isEqualTo("1939: 1939-01-01..1939-12-31 absolute");
    }

    @Test
    void should_leave_relative_dates_unresolved_in_an_undated_article() {
        assertThat(read("", "On Thursday in Brussels")).isEqualTo("Thursday: null..null relative");
        assertThat(read("", "since its incursion last summer")).isEqualTo("last summer: null..null relative");
        assertThat(read("", "signed on June 19, 2024")).isEqualTo("June 19, 2024: 2024-06-19..2024-06-19 absolute");
    }

    @ParameterizedTest(name = "no date in \"{0}\"")
    @CsvSource(delimiter = '|', value = {"the toll may climb", "troops march on", "the first visit in 24 years",
        "about 1,500 soldiers", "since the 1950-53 Korean War", "May I add something"})
    void should_find_no_date_where_there_is_none(String text) {
        assertThat(new DateResolver(LocalDate.of(2024, 11, 1)).find(text)).isEmpty();
    }

    /** The days of the one date in a sentence, published on Wednesday 2024-11-06. */
    private static String days(String sentence) {
        List<DateMention> found = new DateResolver(LocalDate.of(2024, 11, 6)).find(sentence);
        assertThat(found).as("date expressions in \"%s\"", sentence).hasSize(1);
        return found.get(0).days();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("whatever marks the future, the date is the coming one")
    @CsvSource(delimiter = '|', value = {
        "The mayor will visit the plant on Friday. | 2024-11-08",
        "The mayor is set to visit the plant on Friday. | 2024-11-08",
        "The mayor plans to visit the plant Friday. | 2024-11-08",
        "The mayor is expected to visit the plant on Friday. | 2024-11-08",
        "On Friday, the mayor will visit the plant. | 2024-11-08",
        "The mayor visited the plant on Friday. | 2024-11-01",
        "The mayor has visited the plant on Friday. | 2024-11-01",
        "The plant was visited on Friday. | 2024-11-01",
        "The mayor visits the plant on Wednesday. | 2024-11-06",
        "The mayor will visit the plant on Wednesday. | 2024-11-06",
        "Mayor to visit plant on Friday | 2024-11-08",
        "Dockers to march Friday | 2024-11-08",
        "The mayor is to visit the plant on Friday. | 2024-11-08",
        "The dockers voted to march on Friday. | 2024-11-01",
        "The dockers went back to work on Friday. | 2024-11-01",
        "The mayor travelled to the plant on Friday. | 2024-11-01"})
    void should_take_the_direction_of_a_weekday_from_its_clause(String sentence, String expected) {
        assertThat(days(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a month or a day without a year points the way of its clause")
    @CsvSource(delimiter = '|', value = {
        "The board met on Oct. 2. | 2024-10-02",
        "The board will meet on Oct. 2. | 2025-10-02",
        "The board met on Jan. 1. | 2024-01-01",
        "The board will meet on Jan. 1. | 2025-01-01",
        "The board met in February. | 2024-02-01 to 2024-02-29",
        "The board will meet in February. | 2025-02-01 to 2025-02-28",
        "The board will meet this week. | 2024-11-06 to 2024-11-10",
        "The board met this week. | 2024-11-04 to 2024-11-06"})
    void should_take_the_direction_of_a_date_without_a_year_from_its_clause(String sentence, String expected) {
        assertThat(days(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the same day written in digits, in words or with its weekday reads the same")
    @ValueSource(strings = {"The board met on May 21, 1999.", "The board met on May twenty-one, nineteen ninety-nine.",
        "The board met on the twenty-first of May, 1999.", "The board met on Friday, May 21, 1999.",
        "The board met on 21 May 1999."})
    void should_read_a_day_in_any_number_form(String sentence) {
        assertThat(days(sentence)).isEqualTo("1999-05-21");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("forms that point one way on their own keep it in any clause")
    @CsvSource(delimiter = '|', value = {
        "will vote next week | 2024-11-11 to 2024-11-17",
        "voted last week | 2024-10-28 to 2024-11-03",
        "will vote tomorrow | 2024-11-07",
        "will vote Tuesday next week | 2024-11-12",
        "voted two days ago | 2024-11-04",
        "will vote on the 20th of next month | 2024-12-20",
        "voted in the last week of July | 2024-07-22 to 2024-07-28",
        "voted in late 2019 | 2019-09-01 to 2019-12-31",
        "voted in late October | 2024-10-21 to 2024-10-31"})
    void should_read_forms_that_point_one_way(String text, String expected) {
        assertThat(days(text)).isEqualTo(expected);
    }
}

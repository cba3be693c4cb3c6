package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines in the forms newsrooms write them, and the dates that are not datelines. */
class DatelineTest {

    private static final LocalDate OCTOBER_23 = LocalDate.of(2024, 10, 23);

    @ParameterizedTest
    @ValueSource(strings = {
        "Wednesday, October 23, 2024",
        "October 23, 2024",
        "Oct. 23, 2024",
        "Oct 23 2024",
        "Wed., Oct. 23, 2024",
        "23 October 2024",
        "Wednesday 23rd of October, 2024",
        "2024-10-23",
        "2024-10-23T09:00:00Z",
        "2024/10/23",
        "Published: Oct. 23, 2024",
        "Posted on October 23, 2024 at 9:00",
        "Updated 10:32 AM EDT, Wed October 23, 2024",
        "By Jane Doe | October 23, 2024",
        "By Jane Doe, Reuters, Oct. 23, 2024",
        "SEOUL, Oct. 23, 2024 (Asia Wire) -",
        "SEOUL, South Korea, October 23, 2024 -",
        "  October 23, 2024 \u2014 North Korea has sent troops",
    })
    void should_read_the_dateline_forms(String dateline) {
        assertThat(Dateline.find("Headline\n\n" + dateline + "\n\nBody.")).contains(OCTOBER_23);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On October 23, 2024, Seoul said 3,000 North Korean troops were in Russia.",
        "Seoul said on Oct. 23, 2024 that troops were in Russia.",
        "February 30, 2024",
        "October 23",
        "1,500 troops arrived in 2024-10",
    })
    void should_not_take_dates_inside_sentences_or_impossible_dates(String line) {
        assertThat(Dateline.find("Headline\n" + line + "\nBody.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_look_only_at_the_first_ten_lines_that_are_not_blank() {
        String nine = "line\n\n".repeat(9);
        assertThat(Dateline.find(nine + "October 23, 2024")).contains(OCTOBER_23);
        assertThat(Dateline.find(nine + "line\nOctober 23, 2024")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_prefer_the_published_date_to_the_updated_one() {
        assertThat(Dateline.find("Updated: October 24, 2024\nPublished: October 23, 2024\nBody"))
            .contains(OCTOBER_23);
        assertThat(Dateline.find("Updated: October 24, 2024\nBody")).contains(OCTOBER_23.plusDays(1));
    }

    @org.junit.jupiter.api.Test
    void should_read_lines_ending_in_carriage_returns() {
        assertThat(Dateline.find("Headline\r\rThursday, October 24, 2024\r")).contains(OCTOBER_23.plusDays(1));
    }
}

package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DateResolver#mayOpen} is a quick test that must never miss a date at a line's start: a
 * timeline's and a live blog's lines are read for dates only when it passes.
 */
class DateOpeningTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @ParameterizedTest
    @ValueSource(strings = {
        "March 9 \u2014 The bridge reopened to traffic.",
        "9 March: the council met again.",
        "Monday, March 9, 4:55 p.m.",
        "Twenty-one March - the pier closed.",
        "twenty one days ago the pier closed.",
        "Last Tuesday \u2013 the ferry stopped.",
        "Yesterday: the ferry stopped.",
        "Early April | talks began.",
        "The 4th of last month: talks began.",
        "In 2019 the mill shut.",
        "Two weeks ago - the mill shut.",
        "Next week, the mill reopens.",
        "Mid-May: the mill reopens.",
        "Spring 2024 \u2014 the mill reopened.",
        "The week of March 2: the mill reopened."})
    void passes_every_line_whose_first_date_opens_it(String line) {
        for (LocalDate day : new LocalDate[] {DAY, null}) {
            DateResolver dates = new DateResolver(day);
            Span all = new Span(0, line.length());
            List<DateMention> found = dates.find(line, all);
            if (!found.isEmpty() && found.get(0).span().start() == 0) {
                assertThat(new DateResolver(day).mayOpen(line, all)).as("%s (article of %s)", line, day).isTrue();
            }
            assertThat(dates.mayOpen(line, all)).as("after reading, %s", line)
                .isEqualTo(!found.isEmpty() && found.get(0).span().start() == 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The bridge reopened on March 9, officials said.",
        "Crews worked 12 hours a day since Monday.",
        "About 40 boats left the harbour last week.",
        "Officials said 3,000 people left in early April."})
    void turns_away_lines_that_open_with_no_date(String line) {
        Span all = new Span(0, line.length());
        assertThat(new DateResolver(DAY).mayOpen(line, all)).as(line).isFalse();
        assertThat(new DateResolver(DAY).find(line, all)).as(line).isNotEmpty();
    }

    @Test
    void reads_a_part_of_a_text_as_it_reads_the_part_alone() {
        String text = "Crews left.\nMarch 9 \u2014 The bridge reopened.\nOn Friday the pier closed.";
        DateResolver shared = DateResolver.of(text, DAY);
        for (Span line : List.of(new Span(0, 11), new Span(12, 44), new Span(45, text.length()))) {
            assertThat(shared.mayOpen(text, line)).isEqualTo(line.start() == 12);
            assertThat(shared.find(text, line)).isEqualTo(new DateResolver(DAY).find(text, line));
            assertThat(shared.find(text, line)).isSameAs(shared.find(text, line));
        }
    }
}

package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.CountCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountCellsTest {

    /** A drafted cell, read back by the sheet under the same tolerance, is the interval it was written from. */
    @ParameterizedTest
    @ValueSource(strings = {"3,000", "about 10,000", "about 2,500", "nearly 140", "at least 10,000", "up to 8,000",
        "11,000 to 12,000", "about 7"})
    void a_cell_written_from_an_interval_reads_back_as_that_interval(String cell) {
        var interval = CountCell.parse(cell).orElseThrow().interval(0.10);
        String written = CountCells.of(interval, 0.10);
        assertThat(CountCell.parse(written).orElseThrow().interval(0.10)).isEqualTo(interval);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,500", "about 1,500", "at least 1,500", "up to 1,500"})
    void the_number_of_a_figure_leaves_its_hedge_aside(String cell) {
        assertThat(CountCells.number(CountCell.parse(cell).orElseThrow().interval(0.10))).isEqualTo("1,500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"more than 4,200 passengers", "over 4,200 passengers", "Over 4,200 people were rescued",
        "rescuers had saved more than 4,200"})
    void a_figure_the_article_gives_as_more_than_keeps_those_words_and_reads_back_the_same(String words) {
        var interval = CountCell.parse("at least 4,200").orElseThrow().interval(0.10);
        String written = CountCells.of(interval, 0.10, words);
        assertThat(written).isEqualTo("more than 4,200");
        assertThat(CountCell.parse(written).orElseThrow().interval(0.10)).isEqualTo(interval);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at least 4,200 passengers", "4,200 or more passengers", "no fewer than 4,200"})
    void other_words_for_no_upper_end_stay_at_least(String words) {
        var interval = CountCell.parse("at least 4,200").orElseThrow().interval(0.10);
        assertThat(CountCells.of(interval, 0.10, words)).isEqualTo("at least 4,200");
    }
}

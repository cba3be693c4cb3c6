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
}

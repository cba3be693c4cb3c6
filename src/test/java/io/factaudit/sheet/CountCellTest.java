package io.factaudit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.quantity.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountCellTest {

    @ParameterizedTest(name = "\"{0}\" is [{1}, {2}]")
    @CsvSource(delimiter = ';', nullValues = "open", value = {
        "3,000; 3000; 3000",
        "about 10,000; 9000; 11000",
        "approximately 10,000; 9000; 11000",
        "nearly 10,000; 9000; 10000",
        "at least 10,000; 10000; open",
        "more than 11,000; 11000; open",
        "up to 8,000; open; 8000",
        "11,000 to 12,000; 11000; 12000",
        "1.5 million; 1500000; 1500000"})
    void reads_every_form_of_the_sheet_language(String cell, Long low, Long high) {
        assertThat(CountCell.parse(cell)).get().extracting(c -> c.interval(0.10)).isEqualTo(new Interval(low, high));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.000,5", "ten-ish", "-3", "", "12,000 to 11,000", "about"})
    void refuses_what_is_not_a_count(String cell) {
        assertThat(CountCell.parse(cell)).isEmpty();
    }
}

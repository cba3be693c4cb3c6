package io.factaudit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A decimal figure with a scale word judged as rounded to its last digit; figures written for this test. */
class RoundedFigureTest {

    private static Interval judged(String text) {
        Quantity q = new NumberReader().read(text, 0, 0.10).get(0);
        return RoundedFigure.judged(q.interval(), text);
    }

    @ParameterizedTest(name = "\"{0}\" allows {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
        turnout reached 2.67 million               | 2665000    | 2674999
        3.7 million people were evacuated          | 3650000    | 3749999
        the agency counted 1.25 million households | 1245000    | 1254999
        2.4 billion doses                          | 2350000000 | 2449999999
        12.5 thousand strikers                     | 12450      | 12549
        """)
    void a_decimal_with_a_scale_word_allows_the_counts_it_rounds(String text, long low, long high) {
        assertThat(judged(text)).isEqualTo(new Interval(low, high));
    }

    @Test
    void the_sheets_exact_figure_meets_its_rounding_and_a_neighbour_does_not() {
        assertThat(judged("2.67 million voters").meets(Interval.exactly(2_668_000))).isTrue();
        assertThat(judged("2.66 million voters").meets(Interval.exactly(2_668_000))).isFalse();
        assertThat(judged("1.2 million refugees").meets(Interval.exactly(1_249_000))).isTrue();
        assertThat(judged("1.2 million refugees").meets(Interval.exactly(1_250_000))).isFalse();
    }

    @Test
    void a_figure_written_in_full_or_hedged_is_judged_as_written() {
        assertThat(judged("2,668,000 voters")).isEqualTo(Interval.exactly(2_668_000));
        assertThat(judged("4 million voters")).isEqualTo(Interval.exactly(4_000_000));
        assertThat(judged("more than 2.67 million voters")).isEqualTo(Interval.atLeast(2_670_000));
    }
}

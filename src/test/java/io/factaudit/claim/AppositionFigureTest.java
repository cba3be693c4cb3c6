package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number set off by commas after a noun group whose count noun names the figure is that figure:
 * "the office's count in the north, 4,200, was ..."; the same for another count noun, another
 * topic and another number form. Sentences written for this test.
 */
class AppositionFigureTest {

    private static Facts sheet(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "marchers | marchers, protesters | The statistics office published its count of marchers, 4,200, on Friday. | 4,200",
        "marchers | marchers, protesters | The statistics office said its tally of marchers, 4,200, was the largest in years. | 4,200",
        "people evacuated | evacuated, evacuees | The statistics office said its figure for evacuees, about 4,200, was a floor. | 4,200",
        "people evacuated | evacuated, evacuees | The statistics office gave its total of evacuees, some 4,200, on Friday. | 4,200"})
    void a_number_in_apposition_to_a_count_noun_is_its_figure(String subject, String spellings, String text, String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.claim().interval().low()).as(d.line()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a verb between the count noun and the number: the number is no apposition
        "marchers | marchers, protesters | The count of marchers rose sharply, 4,200 said the office. | 4,200",
        "marchers | marchers, protesters | After the count of marchers, 42 buses left. | 42"})
    void a_number_after_a_clause_or_with_its_own_noun_is_no_apposition(String subject, String spellings, String text,
                                                                       String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }
}

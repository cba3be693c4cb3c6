package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number compared with the count before it in its sentence ("against 380 the week before",
 * "versus 380") is a figure of the same subject; the same whatever the topic and the word of
 * comparison. Sentences written for this test.
 */
class ComparedFigureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "marchers | marchers, protesters | The statistics office counted 420 marchers, against 380 the week before. | 380",
        "marchers | marchers, protesters | The statistics office counted 420 marchers, versus 380 the week before. | 380",
        "people evacuated | evacuated, evacuees | The statistics office counted 4,200 evacuees, against 3,800 on Monday. | 3,800",
        "job cuts | layoffs, job losses | The statistics office counted 420 layoffs in May, against 380 in April. | 380"})
    void a_figure_compared_with_the_count_before_it_is_of_its_subject(String subject, String spellings, String text,
                                                                     String number) {
        Decided d = Decided.of(SpellingFrameInvarianceTest.sheet(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.claim().interval().low()).as(d.line()).isPositive();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number that is the difference between two figures is no count; one before a noun still counts it. */
class DifferenceTest {

    private static final Facts FACTS = new SheetFixture()
        .names("ballots cast | ballots, turnout, voted", "parcels delayed | parcels, delayed",
            "Vote Board | board", "Post Union | union")
        .estimates("ballots cast", "Vote Board | 2035-02-01 | 50000")
        .estimates("parcels delayed", "Post Union | 2035-02-01 | 8000")
        .facts();

    private static List<CountClaim> read(String text) {
        return new CountReader().read(SheetFixture.document(text, "2035-02-02"), FACTS).stream()
            .map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Turnout was about 3,000 below the board's own figure.",
        "The union's count of delayed parcels was 1,200 higher than the company's.",
        "Turnout fell 3,000 short of the board's forecast.",
        "Delayed parcels were 1,200 above last week's, the union said.",
        "The board said turnout was 3,000 lower, after a recount."})
    void a_difference_between_two_figures_is_set_aside(String sentence) {
        assertThat(read(sentence)).noneMatch(c -> c.interval().low() == 3000L || c.interval().low() == 1200L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The union said 8,400 older parcels were still delayed. | 8400",
        "The board said 52,000 ballots were cast, more than in the last vote. | 52000"})
    void a_comparative_before_a_noun_or_after_the_count_leaves_it_a_count(String sentence, long low) {
        assertThat(read(sentence)).anyMatch(c -> c.interval().low() == low);
    }
}

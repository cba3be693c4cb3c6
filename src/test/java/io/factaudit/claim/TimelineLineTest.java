package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines of a timeline are dated by the date that opens them; timelines written for this test. */
class TimelineLineTest {

    private static final Facts FACTS = new SheetFixture()
        .names("storm deaths | deaths, dead, died, killed, death toll, toll", "Rescue Agency | agency")
        .estimates("storm deaths", "Rescue Agency | 2031-03-02 | 5", "Rescue Agency | 2031-03-04 | 12")
        .facts();

    private static List<CountClaim> read(String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-03-06"), FACTS).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "March 2 \u2014 Rescue Agency reports five dead.",
        "March 2: Rescue Agency reports 5 dead.",
        "2 March \u2013 Rescue Agency reports five dead.",
        "- Mar. 2 - Rescue Agency reports five dead.",
        "March 2 \u2014 The agency puts the toll at 5."})
    void a_figure_in_a_dated_line_is_of_that_day_and_so_an_earlier_one(String line) {
        assertThat(read("How the toll grew\n" + line + "\nMarch 4 \u2014 The toll rises to 12.\n"))
            .extracting(c -> c.interval().low(), CountClaim::earlier, c -> String.valueOf(c.asOf()))
            .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, true, "2031-03-02"),
                org.assertj.core.groups.Tuple.tuple(12L, true, "2031-03-04"));
    }

    @Test
    void a_line_of_the_articles_own_day_is_current_and_a_date_inside_a_sentence_opens_no_timeline() {
        assertThat(read("March 6 \u2014 The toll rises to 12.")).singleElement()
            .satisfies(c -> assertThat(c.earlier()).isFalse());
        assertThat(TimelineLine.in(SheetFixture.document("On March 2 the agency reported five dead.", "2031-03-06")))
            .isEmpty();
        assertThat(TimelineLine.in(SheetFixture.document("March 2 was the worst day of the storm.", "2031-03-06")))
            .isEmpty();
    }
}

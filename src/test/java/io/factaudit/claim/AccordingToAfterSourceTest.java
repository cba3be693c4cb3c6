package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X has told the state that it will cut 900 jobs, according to a filing": an "according to Y" after the
 * figure cites the whole sentence, X's words too; the figure is Y's, whatever the verb before it, the
 * frame of "according to", the topic.
 */
class AccordingToAfterSourceTest {

    private static final Facts CUTS = new SheetFixture()
        .names("job cuts | layoffs, jobs, workers laid off",
            "Orvik | Orvik Steel",
            "Labour filing | state filing, notice filed with the state")
        .estimates("job cuts", "Orvik | 2031-03-02 | 1,000", "Labour filing | 2031-03-02 | 900")
        .facts();

    private static final Facts NURSES = new SheetFixture()
        .names("striking nurses | nurses on strike, nurses who walked out, nurses",
            "Nursing Council | Ostlandic Nursing Council",
            "Hospital Board | Varby Hospital Board")
        .estimates("striking nurses", "Nursing Council | 2031-03-02 | 3,200", "Hospital Board | 2031-03-02 | 2,100")
        .facts();

    private static String sourceOf(Facts facts, String text, String number) {
        return Decided.sourceOf(facts, text, number);
    }

    @Test
    void according_to_after_the_figure_outranks_the_speaker_before_it() {
        for (String before : List.of("Orvik Steel has told the state that it will lay off 900 workers at two mills",
            "Orvik Steel will cut 900 jobs at its northern mills", "Orvik Steel informed its unions that 900 jobs would go")) {
            for (String according : List.of(", according to a state filing.", ", according to a notice filed with the state on Friday.",
                ", according to the latest state filing.")) {
                assertThat(sourceOf(CUTS, before + according, "900")).as(before + according).isEqualTo("Labour filing");
            }
        }
        String nurses = "The Varby Hospital Board has warned ward managers that 3,200 nurses will walk out, according to the Ostlandic Nursing Council.";
        assertThat(sourceOf(NURSES, nurses, "3,200")).isEqualTo("Nursing Council");
    }

    @Test
    void an_according_to_before_the_figure_leaves_the_speaker_of_a_later_clause_alone() {
        String text = "According to the Ostlandic Nursing Council, 3,200 nurses walked out; the Varby Hospital Board said 2,100 nurses did.";
        assertThat(sourceOf(NURSES, text, "2,100")).isEqualTo("Hospital Board");
        String later = "The Varby Hospital Board said 2,100 nurses walked out, but according to the Ostlandic Nursing Council, 3,200 did.";
        assertThat(sourceOf(NURSES, later, "2,100")).isEqualTo("Hospital Board");
        String other = "The Varby Hospital Board said 2,100 nurses walked out; 3,200 nurses struck, according to the Ostlandic Nursing Council.";
        assertThat(sourceOf(NURSES, other, "2,100")).isEqualTo("Hospital Board");
    }
}

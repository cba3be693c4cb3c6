package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure expected is no count: as the object of a verb of expecting or the subject of its passive,
 * under another verb form, number form and topic; an infinitive clause of expectation and a plan are
 * left to the reading. Sentences invented for this test.
 */
class ExpectedTest {

    @Test
    void the_object_of_a_verb_of_expecting_is_expected() {
        for (String verb : List.of("expected", "expects", "anticipated", "were awaiting")) {
            for (String number : List.of("700", "about 700", "a few hundred")) {
                String v = verb.substring(verb.lastIndexOf(' ') + 1);
                Decided.storm("The agency said it " + verb + " " + number + " evacuees.", number)
                    .setAsideBy(Expected.NAME, v + " " + number + " evacuees");
            }
        }
        Decided.troops("Kyiv expects 600 North Korean troops.", "600").setAsideBy(Expected.NAME, "expects 600 North Korean troops");
    }

    @Test
    void the_subject_of_its_passive_is_expected() {
        for (String be : List.of("are expected", "were anticipated", "are now expected")) {
            Decided.storm("About 700 evacuees " + be + " at the hall on Friday.", "700")
                .setAsideBy(Expected.NAME, "About 700 evacuees " + be);
        }
        Decided.troops("Some 600 North Korean troops are expected in Kursk.", "600")
            .setAsideBy(Expected.NAME, "Some 600 North Korean troops are expected");
    }

    @Test
    void a_count_a_plan_or_an_expectation_of_a_figure_is_read() {
        Decided.storm("The agency said 700 evacuees arrived at the hall.", "700").readAs("Tarn evacuees");
        Decided.storm("The agency plans to evacuate 700 people from Tarn.", "700").readAs("Tarn evacuees");
        Decided.storm("The agency expects 700 evacuees to leave Tarn by Friday.", "700").readAs("Tarn evacuees");
        Decided.troops("Kyiv said 600 North Korean troops had arrived.", "600").readAs("North Korean troops");
    }
}

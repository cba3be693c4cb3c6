package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number in a clause of condition is a threshold the sentence supposes, not a count: under another
 * subordinator, clause order, number form and topic; the same figure stated is read. Sentences
 * invented for this test.
 */
class ConditionalTest {

    @Test
    void a_clause_of_condition_makes_a_figure_a_threshold() {
        for (String number : List.of("700", "more than 700", "seven hundred")) {
            for (String subordinator : List.of("if", "unless")) {
                Decided.storm("The hall stays open " + subordinator + " " + number + " evacuees arrive.", number)
                    .setAsideBy(Conditional.NAME, subordinator + " " + number + " evacuees");
                String fronted = Character.toUpperCase(subordinator.charAt(0)) + subordinator.substring(1);
                Decided.storm(fronted + " " + number + " evacuees arrive, the agency will open a second hall.", number)
                    .setAsideBy(Conditional.NAME, fronted + " " + number + " evacuees");
            }
        }
        Decided.troops("Seoul will respond if 600 North Korean troops cross into Ukraine.", "600")
            .setAsideBy(Conditional.NAME, "if 600 North Korean troops");
    }

    @Test
    void the_figure_stated_is_read() {
        Decided.storm("The hall stayed open after 700 evacuees arrived, the agency said.", "700").readAs("Tarn evacuees");
        Decided.storm("If the rain goes on, the agency said, 700 evacuees will stay in the hall.", "700")
            .readAs("Tarn evacuees");
        Decided.troops("Seoul said 600 North Korean troops had crossed into Ukraine.", "600").readAs("North Korean troops");
    }
}

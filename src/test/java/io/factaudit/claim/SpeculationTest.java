package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeculationTest {

    @Test
    void a_modal_of_possibility_before_the_number_or_after_what_it_counts_sets_it_aside() {
        Decided.storm("The governor warned storm deaths might climb to 60.", "60").setAsideBy("speculation", "might");
        Decided.storm("The agency said 20,000 evacuees could need shelter.", "20,000").setAsideBy("speculation", "could");
    }

    @Test
    void a_plan_or_a_deadline_makes_the_figure_an_expectation_which_is_read() {
        Decided.storm("The agency said it plans that 20,000 evacuees could leave by Friday.", "20,000")
            .readAs("Tarn evacuees");
        Decided.storm("The agency said 20,000 evacuees will need shelter.", "20,000").readAs("Tarn evacuees");
    }

    @Test
    void a_condition_after_the_number_keeps_a_modal_figure_speculation_despite_a_deadline() {
        for (String modal : List.of("could", "might", "may")) {
            for (String condition : List.of("if the river keeps rising", "unless the dikes hold", "if rain returns")) {
                Decided.storm("Forecasters said storm deaths " + modal + " climb to 60 by the end of May " + condition + ".", "60")
                    .setAsideBy("speculation", modal);
                Decided.storm("The agency warned that evacuees " + modal + " number 20,000 by Friday " + condition + ".", "20,000")
                    .setAsideBy("speculation", modal);
            }
        }
    }

    @Test
    void a_deadline_without_a_condition_still_reads_an_expectation() {
        Decided.storm("The agency said it expects the number of evacuees could reach 20,000 by the end of May.", "20,000")
            .readAs("Tarn evacuees");
    }
}

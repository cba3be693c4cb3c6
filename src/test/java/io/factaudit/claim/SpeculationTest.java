package io.factaudit.claim;

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
}

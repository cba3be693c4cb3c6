package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class NotACountTest {

    @Test
    void money_distances_and_years_are_measures_not_counts() {
        Decided.storm("The agency spent $4 million on 3,000 evacuees.", "$4 million")
            .setAsideBy("a measure, not a count (money)", "$4 million");
        Decided.storm("The agency moved 3,000 evacuees 40 kilometers inland.", "40 kilometers")
            .setAsideBy("a measure, not a count (distance)", "40 kilometers");
    }
}

package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class ImplausiblyLargeTest {

    @Test
    void a_count_far_above_every_estimate_that_does_not_name_the_subject_is_set_aside() {
        Decided.troops("North Korea has a standing army of some 1.2 million troops.", "1.2 million")
            .setAsideBy("implausibly large", "some 1.2 million troops");
    }

    @Test
    void the_same_figure_naming_the_subject_is_read() {
        Decided.troops("Seoul said 1.2 million North Korean troops were mobilised.", "1.2 million")
            .readAs("North Korean troops");
    }
}

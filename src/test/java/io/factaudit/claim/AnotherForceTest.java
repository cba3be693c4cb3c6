package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class AnotherForceTest {

    @Test
    void a_capitalized_modifier_outside_the_subjects_name_names_another_force() {
        Decided.troops("Kyiv said 70,000 Belarusian troops were on alert.", "70,000")
            .setAsideBy("another force", "70,000 Belarusian");
    }

    @Test
    void the_subjects_own_modifier_is_read() {
        Decided.troops("Kyiv said 7,000 North Korean troops were on alert.", "7,000").readAs("North Korean troops");
    }
}

package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class UnitsCountedTest {

    @Test
    void a_number_of_units_of_a_force_is_not_a_number_of_its_members() {
        Decided.troops("Seoul said three battalions of North Korean troops had moved.", "three")
            .setAsideBy("a count of units", "three battalions");
    }
}

package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class DeniedTest {

    @Test
    void a_negator_before_the_number_in_its_clause_or_in_the_verb_group_after_it_sets_it_aside() {
        Decided.storm("The agency did not say that 3,000 evacuees had left.", "3,000").setAsideBy("denied", "not");
        Decided.storm("Officials said 3,000 evacuees have not been counted twice.", "3,000").setAsideBy("denied", "have not");
        Decided.troops("Seoul never claimed 3,000 North Korean troops were there.", "3,000").setAsideBy("denied", "never");
    }

    @Test
    void a_negated_aside_or_a_bound_does_not_deny_the_number() {
        Decided.storm("Roads were not open, but 3,000 evacuees had left, the agency said.", "3,000").readAs("Tarn evacuees");
        Decided.storm("No more than 3,000 evacuees had left, the agency said.", "3,000").readAs("Tarn evacuees");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit a rule sets ("gatherings of more than 500 evacuees are banned") is no count, with any verb of the rule. */
class RuleLimitTest {

    @Test
    void an_open_number_in_a_rule_is_set_aside() {
        for (String verb : List.of("are banned", "were prohibited", "will be forbidden", "are limited")) {
            for (String number : List.of("more than 500", "up to 500", "fewer than 500")) {
                String text = "Groups of %s evacuees %s in the shelters, the agency said.".formatted(number, verb);
                assertThat(Decided.storm(text, "500").rule()).as(text).isEqualTo(RuleLimit.NAME);
            }
        }
    }

    @Test
    void an_open_count_without_a_rule_is_read() {
        Decided.storm("Groups of more than 500 evacuees were moved to the shelters, the agency said.", "500").readAs("Tarn evacuees");
        Decided.storm("More than 9,000 evacuees were banned from returning, the agency said.", "9,000").readAs("Tarn evacuees");
    }
}

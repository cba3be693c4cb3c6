package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateCapabilitiesTest {

    @Test
    void should_read_the_same_day_in_every_form_and_tense() {
        List<CapabilityScore> scores = Capabilities.score(List.of(DateCapabilities.formsAndTense(),
            DateCapabilities.clauses(), DateCapabilities.otherDates()));
        for (CapabilityScore s : scores) {
            System.out.println(s.format());
            if (System.getProperty("failures") != null) {
                s.failures().forEach(f -> System.out.println("  " + f));
            }
        }
        assertThat(scores).allSatisfy(s -> assertThat(s.rate()).as(s.name()).isGreaterThan(0.0));
    }
}

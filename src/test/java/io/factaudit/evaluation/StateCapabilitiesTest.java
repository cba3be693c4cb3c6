package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated milestone sentences ({@link StateCapabilities}): rates that must not fall below what the readers reach. */
class StateCapabilitiesTest {

    /** Prints each rate; with -Dfailures=1 also the sentences read wrong. */
    private static CapabilityScore score(int i) {
        CapabilityScore s = Capabilities.score(List.of(StateCapabilities.all().get(i))).get(0);
        System.out.println(s.format());
        if (System.getProperty("failures") != null) {
            s.failures().forEach(f -> System.out.println("  " + f));
        }
        return s;
    }

    @Test
    void should_read_the_state_affirmed_in_every_form() {
        CapabilityScore s = score(0);
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void should_read_the_state_denied_in_every_form() {
        CapabilityScore s = score(1);
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_read_no_state_in_the_noun_of_the_change() {
        CapabilityScore s = score(2);
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void should_not_take_the_state_of_another_thing() {
        CapabilityScore s = score(3);
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void should_read_a_state_of_holding_by_its_end_its_beginning_or_a_word_that_takes_it_to_hold() {
        CapabilityScore s = score(4);
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.95);
    }
}

package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateCapabilitiesTest {

    /** Prints each rate; with -Dfailures=1 also the sentences read wrong. */
    private static CapabilityScore score(Capability capability) {
        CapabilityScore s = Capabilities.score(List.of(capability)).get(0);
        System.out.println(s.format());
        if (System.getProperty("failures") != null) {
            s.failures().forEach(f -> System.out.println("  " + f));
        }
        return s;
    }

    @Test
    void should_read_every_date_form_in_both_tenses() {
        CapabilityScore s = score(DateCapabilities.formsAndTense());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void should_read_a_date_fronted_in_a_when_clause_on_the_noun_of_the_act_or_as_a_distance() {
        // the noun "launch" is one WordNet names a boat by first: not read as the act (EventNouns)
        CapabilityScore s = score(DateCapabilities.clauses());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_read_a_day_set_without_will_a_weekday_with_its_day_and_a_distance_after_a_present_clause() {
        CapabilityScore s = score(DateCapabilities.plans());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_not_take_the_date_of_the_saying_or_of_another_event() {
        CapabilityScore s = score(DateCapabilities.otherDates());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.99);
    }
}

package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCapabilitiesTest {

    /** Prints the rate; with -Dfailures=1 also the sentences read wrong. */
    private static CapabilityScore score(Capability capability) {
        CapabilityScore s = Capabilities.score(List.of(capability)).get(0);
        System.out.println(s.format());
        if (System.getProperty("failures") != null) {
            s.failures().forEach(f -> System.out.println("  " + f));
        }
        return s;
    }

    private static Capability named(String prefix) {
        return TitleCapabilities.all().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** A title wrapped across two lines of a paragraph is read as on one (claim.WrappedLines). */
    @Test
    void should_read_a_title_in_a_headline_or_broken_across_two_lines() {
        CapabilityScore s = score(named("INV title in a headline"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }
}

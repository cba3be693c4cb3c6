package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated sentences of an earlier year or a ratio read no count of the sheet's subject. */
class NotThisCountCapabilityTest {

    @Test
    void an_earlier_year_or_a_ratio_reads_no_count() {
        CapabilityScore score = Capabilities.score("DIR an earlier year or a ratio").get(0);
        assertThat(score.failures()).isEmpty();
    }
}

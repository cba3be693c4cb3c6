package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportNounsTest {

    @Test
    void what_a_source_issues_is_a_report_noun_in_any_number() {
        assertThat(ReportNouns.contains("bulletin")).isTrue();
        assertThat(ReportNouns.contains("bulletins")).isTrue();
        assertThat(ReportNouns.contains("statement")).isTrue();
        assertThat(ReportNouns.contains("announcement")).isTrue();
        assertThat(ReportNouns.contains("Estimate")).isTrue();
    }

    @Test
    void what_is_counted_and_those_who_count_are_not() {
        assertThat(ReportNouns.contains("soldiers")).isFalse();
        assertThat(ReportNouns.contains("agency")).isFalse();
        assertThat(ReportNouns.contains("toll")).isFalse();
    }
}

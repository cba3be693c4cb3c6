package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet's subject written as a plural noun and a verb ("votes cast", "jobs cut", "schools shut") counts the
 * noun, and the verb is said of it, whatever the verb's past looks like: the reading is the same as for a
 * participle in -ed ("homes destroyed").
 */
class SaidOfThePluralTest {

    private static Facts sheet(String subject, String other) {
        return new SheetFixture()
            .names(subject + " | " + other, "Marrow Statistics Office | the statistics office")
            .estimates(subject, "Marrow Statistics Office | 2031-08-02 | about 5,000")
            .facts();
    }

    @ParameterizedTest
    @CsvSource({
        "votes cast, ballots cast, 4200 votes were cast in the district",
        "votes cast, ballots cast, 4200 ballots were cast in the district",
        "jobs cut, positions cut, the mill has cut 4200 jobs",
        "schools shut, schools closed, 4200 schools were shut",
        "homes destroyed, houses destroyed, 4200 homes were destroyed",
        "homes destroyed, houses destroyed, the storm destroyed 4200 houses"})
    void the_plural_noun_is_what_is_counted(String subject, String other, String clause) {
        String text = "The statistics office said " + clause.replace("4200", "4,200") + ".";
        Decided d = Decided.of(sheet(subject, other), text, "4,200");
        d.readAs(subject);
        assertThat(d.claim().source()).as(d.line()).isEqualTo("Marrow Statistics Office");
    }

    @ParameterizedTest
    @CsvSource({
        "votes cast, ballots cast, 4200 voters were turned away",
        "jobs cut, positions cut, the mill has 4200 workers"})
    void another_noun_is_not_counted(String subject, String other, String clause) {
        String text = "The statistics office said 5,000 " + subject + " were counted and " + clause.replace("4200", "4,200") + ".";
        Decided d = Decided.of(sheet(subject, other), text, "4,200");
        assertThat(d.claim()).as(d.line()).isNull();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet's spelling with the count inserted is a count of its subject, whatever the topic, the verb's
 * form (active, passive, "to be cut", "will go"), the number's form, and with no other word of the
 * subject in the passage: "cut jobs" is matched by "would cut 4,200 jobs" and "4,200 jobs will be cut";
 * "lay off" by "laid off 4,200 workers". The noun with the number must be the one the spelling counts.
 */
class SpellingFrameInvarianceTest {

    /** A sheet of one subject spelled in these ways (none a name), with a source that is not in the sentences. */
    static Facts sheet(String subject, String spellings) {
        return new SheetFixture()
            .names(subject + " | " + spellings, "Dunmere Statistics Office | the statistics office")
            .estimates(subject, "Dunmere Statistics Office | 2031-05-02 | about 5,000")
            .facts();
    }

    private static final String JOBS = "cut jobs, jobs will go, job losses, jobs lost, lay off, positions eliminated";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "job cuts | " + JOBS + " | The mill said it would cut 4,200 jobs. | 4,200",
        "job cuts | " + JOBS + " | The mill is to cut 4,200 jobs at its two sites. | 4,200",
        "job cuts | " + JOBS + " | Some 4,200 jobs will be cut over two years. | 4,200",
        "job cuts | " + JOBS + " | About 4,200 jobs are to be cut. | 4,200",
        "job cuts | " + JOBS + " | Nearly 4,200 jobs will go at the mill. | 4,200",
        "job cuts | " + JOBS + " | The mill expects 4,200 jobs to go by March. | 4,200",
        "job cuts | " + JOBS + " | The mill will lose 4,200 jobs. | 4,200",
        "job cuts | " + JOBS + " | The mill laid off 4,200 workers last week. | 4,200",
        "job cuts | " + JOBS + " | 4,200 employees will be laid off. | 4,200",
        "job cuts | " + JOBS + " | The mill will cut two thousand jobs. | two thousand",
        "job cuts | " + JOBS + " | The mill will eliminate 4,200 posts. | 4,200",
        "job cuts | " + JOBS + " | The mill announced 4,200 job losses. | 4,200",
        "people evacuated | evacuated, evacuees | Crews evacuated 3,000 residents overnight. | 3,000",
        "people evacuated | evacuated, evacuees | About 3,000 tourists were evacuated. | 3,000",
        "people evacuated | evacuated, evacuees | Crews evacuated three thousand people. | three thousand",
        "homes destroyed | houses destroyed | The fire destroyed 300 homes. | 300",
        "homes destroyed | houses destroyed | At least 300 houses were destroyed. | 300",
        "votes cast | ballots cast | By noon 4,200 votes had been cast. | 4,200",
        "confirmed cases | cases | Clinics confirmed 40 cases on Monday. | 40",
        "confirmed cases | cases | Another clinic said 40 cases were confirmed. | 40"})
    void the_spelling_with_the_count_inserted_is_a_count_of_the_subject(String subject, String spellings, String text,
                                                                         String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.claim().interval().low()).as(d.line()).isPositive();
    }

    /** A headline leaves the people out ("3,000 forced from homes"), or names them by another of the subject's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people evacuated | evacuated, forced from their homes | Floods: 3,000 forced from homes | 3,000",
        "people evacuated | evacuated, forced from their homes | Floods leave 3,000 forced from their homes | 3,000",
        "job cuts | " + JOBS + " | Mill closes, 4,200 laid off | 4,200",
        "people killed | killed, dead, lost their lives | Most of the 40 dead lost their lives in the slide. | 40"})
    void the_spelling_with_its_noun_left_out_or_another_of_its_words(String subject, String spellings, String text,
                                                                    String number) {
        Decided.of(sheet(subject, spellings), text, number).readAs(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people evacuated | evacuated, forced from their homes | Floods: 3,000 forced to wait | 3,000",
        "job cuts | " + JOBS + " | The mill will cut 4,200 jobs and 12 shifts. | 12",
        "job cuts | " + JOBS + " | The mill, which has 4,200 workers, will cut jobs. | 4,200",
        "job cuts | " + JOBS + " | The mill will cut 4,200 tonnes of output. | 4,200",
        "homes destroyed | houses destroyed | The fire destroyed 300 cars. | 300",
        "votes cast | ballots cast | By noon 4,200 voters had cast their ballots. | 4,200",
        "people evacuated | evacuated, evacuees | Crews evacuated 3,000 residents from 900 homes. | 900"})
    void a_count_of_another_noun_in_the_same_clause_is_not_read(String subject, String spellings, String text, String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The statistics office said 4,200 jobs would be cut. | Dunmere Statistics Office",
        "The statistics office is to cut 4,200 jobs. | Dunmere Statistics Office",
        "The statistics office said it would cut 4,200 jobs. | Dunmere Statistics Office"})
    void the_source_that_cuts_is_whose_count_it_is(String text, String source) {
        Decided d = Decided.of(sheet("job cuts", JOBS), text, "4,200");
        d.readAs("job cuts");
        assertThat(d.claim().source()).as(d.line()).isEqualTo(source);
    }
}

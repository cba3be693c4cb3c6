package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet's verb is matched by its WordNet synonyms of the same most frequent sense: "closed" by
 * "shut"; a phrasal verb only by its own family ("lay off" is not "put").
 * Sentences written for this test.
 */
class SynonymVerbFrameTest {

    private static Facts sheet(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "clinics closed | clinics closed, closures | About 42 clinics were shut on Tuesday. | 42",
        "clinics closed | clinics closed, closures | The province shut 42 clinics. | 42",
        "clinics closed | clinics closed, closures | The province closed 42 clinics. | 42",
        "clinics closed | closed, closures | Of the province's clinics, 42 were shut on Tuesday. | 42"})
    void a_synonym_of_the_sheets_verb_counts_the_subject(String subject, String spellings, String text, String number) {
        Decided.of(sheet(subject, spellings), text, number).readAs(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "job cuts | lay off, layoffs | The mill will put 42 on the night shift after the layoffs. | 42",
        "clinics closed | clinics closed, closures | About 42 clinics were opened before the closures. | 42"})
    void a_word_of_another_sense_or_a_phrasal_verbs_base_is_no_synonym(String subject, String spellings, String text,
                                                                       String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }
}

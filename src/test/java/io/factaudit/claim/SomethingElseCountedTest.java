package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SomethingElseCountedTest {

    @Test
    void a_noun_after_the_number_that_no_subject_names_makes_it_a_count_of_something_else() {
        Decided.storm("The agency handed out 8,000 blankets to evacuees.", "8,000")
            .setAsideBy("a count of something else", "8,000 blankets");
        Decided.troops("North Korea has shipped 20,000 containers of shells to Russia.", "20,000")
            .setAsideBy("a count of something else", "20,000 containers");
    }

    @Test
    void the_subjects_own_noun_in_the_same_place_is_read() {
        Decided.storm("The agency handed out blankets to 8,000 evacuees.", "8,000").readAs("Tarn evacuees");
    }

    /** A sheet whose subject counts people, and one of whose spellings names homes as where they left. */
    private static Facts people(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    /** "forced from their homes": the homes are where the counted people were, not what is counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "forced from their homes | The statistics office said about 2,600 homes were evacuated. | about 2,600 homes",
        "left their homes | Crews evacuated 2,600 homes, the statistics office said. | 2,600 homes",
        "moved to shelters | The statistics office said 2,600 shelters were opened to evacuees. | 2,600 shelters"})
    void the_noun_a_spellings_verb_takes_after_its_object_is_not_counted(String spelling, String text, String looked) {
        Decided.of(people("people evacuated", "evacuated, evacuees, " + spelling), text, "2,600")
            .setAsideBy("a count of something else", looked);
    }

    /**
     * "evacuations" is of the family of "evacuated", but counts no people: a sheet that counts people reads it only
     * when one of its spellings names it ("evacuations", "infections").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people evacuated | evacuated, evacuees | The statistics office said 2,600 evacuations were ordered. | 2,600 evacuations",
        "people infected | infected, infected people | The statistics office said 2,600 infections were traced. | 2,600 infections"})
    void a_subject_that_counts_people_does_not_count_what_is_no_person(String subject, String spellings, String text,
                                                                       String looked) {
        Decided.of(people(subject, spellings), text, "2,600").setAsideBy("a count of something else than people", looked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people evacuated | evacuated, evacuees, forced from their homes | About 2,600 residents were evacuated. | 2,600",
        "people evacuated | evacuated, evacuees, forced from their homes | The river forced 2,600 people from their homes. | 2,600",
        "people evacuated | evacuated, evacuees, forced from their homes | The statistics office counted 2,600 evacuees. | 2,600",
        "people infected | infected, infections | The statistics office counted 2,600 infections. | 2,600"})
    void people_and_the_subjects_own_nouns_are_read(String subject, String spellings, String text, String number) {
        Decided d = Decided.of(people(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.rule()).as(d.line()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The agency said 600 evacuated residents were in shelters. | 600",
        "The agency said 600 evacuees were in shelters. | 600",
        "The agency said that nine hundred evacuees slept in schools. | nine hundred"})
    void people_after_the_subjects_word_or_its_noun_alone_are_still_counted(String text, String number) {
        Decided.storm(text, number).readAs("Tarn evacuees");
    }
}

package io.factaudit.claim;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The agency said 600 evacuated homes stood empty on Sunday. | 600 | 600 evacuated homes",
        "The agency counted 1,200 evacuation centres across the county. | 1,200 | 1,200 evacuation centres",
        "The agency said that nine hundred evacuated farms lost power. | nine hundred | nine hundred evacuated farms"})
    void a_subjects_word_that_only_modifies_another_plural_noun_counts_that_noun(String text, String number, String looked) {
        Decided.storm(text, number).setAsideBy("a count of something else", looked);
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

package io.factaudit.claim;

import org.junit.jupiter.api.Test;

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
}

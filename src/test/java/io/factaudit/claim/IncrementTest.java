package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class IncrementTest {

    @Test
    void a_number_told_as_added_to_a_count_is_set_aside_whichever_side_the_word_stands() {
        Decided.storm("The agency said another 2,500 evacuees reached the shelters.", "2,500")
            .setAsideBy("an increment", "another");
        Decided.storm("The agency said 2,500 more evacuees reached the shelters.", "2,500")
            .setAsideBy("an increment", "more");
        Decided.troops("Seoul said an additional 900 North Korean troops had crossed.", "900")
            .setAsideBy("an increment", "additional");
    }

    @Test
    void without_the_word_of_addition_the_number_is_the_count() {
        Decided.storm("The agency said 2,500 evacuees reached the shelters.", "2,500").readAs("Tarn evacuees");
    }
}

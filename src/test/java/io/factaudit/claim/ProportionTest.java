package io.factaudit.claim;

import org.junit.jupiter.api.Test;

/** A number of what is counted for a number of something else; sentences written for this test. */
class ProportionTest {

    @Test
    void both_sides_of_a_proportion_are_set_aside_whatever_its_words() {
        Decided.storm("In Tarn there is now one evacuee for every three residents, the agency said.", "one")
            .setAsideBy(Proportion.NAME, "one evacuee for every three");
        Decided.storm("In Tarn there is now one evacuee for every three residents, the agency said.", "three")
            .setAsideBy(Proportion.NAME, "for every three residents");
        Decided.storm("The agency said 40 people per 1,000 residents were evacuated in Tarn.", "40")
            .setAsideBy(Proportion.NAME, "40 people per 1,000");
        Decided.troops("Seoul said two North Korean troops out of every ten serve near the border.", "two")
            .setAsideBy(Proportion.NAME, "two North Korean troops out of every ten");
    }

    @Test
    void a_count_followed_by_every_without_a_number_is_read() {
        Decided.storm("The agency said 1,200 people were evacuated in Tarn for every day of the flood.", "1,200")
            .readAs("Tarn evacuees");
    }
}

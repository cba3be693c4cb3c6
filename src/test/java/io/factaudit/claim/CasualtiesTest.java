package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class CasualtiesTest {

    @Test
    void harm_said_of_what_is_counted_makes_the_number_a_casualty_figure() {
        Decided.troops("Kyiv said 200 North Korean soldiers were wounded in the fighting.", "200")
            .setAsideBy("casualties of what is counted", "wounded");
        Decided.troops("Kyiv said its forces captured two North Korean soldiers.", "two")
            .setAsideBy("casualties of what is counted", "captured");
    }

    @Test
    void harm_the_subjects_words_name_is_what_is_counted() {
        Decided.storm("The governor said 14 people were killed by the storm.", "14").readAs("Tarn storm deaths");
    }
}

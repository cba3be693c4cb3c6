package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class NothingCountedTest {

    @Test
    void a_bare_figure_with_no_count_noun_reference_total_or_source_is_set_aside() {
        Decided.storm("Evacuees waited as the river rose past 1,200 on the gauge.", "1,200")
            .setAsideBy("nothing counted", "the river rose past 1,200 on the gauge");
    }

    @Test
    void a_number_word_alone_is_a_pronoun() {
        Decided.troops("One North Korean soldier said one had fled.", "one had")
            .setAsideBy("a number word alone", "one");
    }

    @Test
    void a_count_noun_before_the_bare_figure_makes_it_a_count() {
        Decided.storm("The number of evacuees stood at 1,200, the agency said.", "1,200").readAs("Tarn evacuees");
    }
}

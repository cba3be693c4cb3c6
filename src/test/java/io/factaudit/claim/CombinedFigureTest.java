package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class CombinedFigureTest {

    @Test
    void a_figure_that_sums_several_subjects_is_set_aside() {
        Decided.storm("The two storms left a combined 40 storm deaths, the governor said.", "40")
            .setAsideBy("a combined figure", "combined");
        Decided.troops("Seoul put the joint force at 20,000 North Korean troops and Russian marines.", "20,000")
            .setAsideBy("a combined figure", "joint");
    }

    @Test
    void the_same_figure_alone_is_read() {
        Decided.storm("The storm left 40 storm deaths, the governor said.", "40").readAs("Tarn storm deaths");
    }
}

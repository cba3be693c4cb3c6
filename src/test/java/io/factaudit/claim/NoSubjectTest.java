package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class NoSubjectTest {

    @Test
    void a_count_whose_passage_names_no_subjects_place_has_no_subject() {
        Decided.of(Decided.STORM, "Rain fell on the valley. Some 4,000 evacuees in all, officials said.", "4,000")
            .setAsideBy("no subject of the sheet", "Some 4,000 evacuees");
    }

    @Test
    void the_same_count_in_a_passage_that_names_it_is_read() {
        Decided.of(Decided.STORM, "Rain fell on Tarn. Some 4,000 evacuees in all, officials said.", "4,000")
            .readAs("Tarn evacuees");
    }
}

package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class OtherOwnerTest {

    @Test
    void what_is_counted_belonging_to_a_named_owner_outside_the_subject_is_set_aside() {
        Decided.troops("Officials spoke of 40,000 soldiers deployed by Belarus near the border.", "40,000")
            .setAsideBy("another owner", "deployed by Belarus");
        Decided.troops("Officials spoke of 40,000 troops from Belarus near the border.", "40,000")
            .setAsideBy("another owner", "from Belarus");
    }

    @Test
    void an_owner_in_the_subjects_name_or_a_month_is_no_other_owner() {
        Decided.troops("Officials spoke of 4,000 troops from North Korea near the border, Seoul said.", "4,000")
            .readAs("North Korean troops");
    }
}

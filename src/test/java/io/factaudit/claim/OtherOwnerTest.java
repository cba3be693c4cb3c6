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

    private static final io.factaudit.sheet.Facts MIGRANTS = new SheetFixture()
        .names("migrants | migrant, asylum seekers", "Coast Guard | the guard")
        .estimates("migrants", "Coast Guard | 2031-05-02 | 3,000")
        .facts();

    @Test
    void from_after_travellers_says_where_they_came_from_not_whose_they_are() {
        Decided.of(MIGRANTS, "The Coast Guard said 3,100 migrants from Sorria had landed since May.", "3,100").readAs("migrants");
        Decided.storm("The agency said 1,200 evacuees from Varn had reached the shelters in Tarn.", "1,200").readAs("Tarn evacuees");
        // the same frame after soldiers keeps its owner
        Decided.troops("Officials said 4,100 soldiers from Belarus had landed since May.", "4,100")
            .setAsideBy("another owner", "from Belarus");
    }

    private static final io.factaudit.sheet.Facts FROM_ONE_ORIGIN = new SheetFixture()
        .names("Ostrian migrants | migrants from Ostria", "Coast Guard | the guard")
        .estimates("Ostrian migrants", "Coast Guard | 2031-05-02 | 3,000")
        .facts();

    @Test
    void another_origin_is_another_group_when_the_sheet_spells_the_subject_with_its_origin() {
        Decided.of(FROM_ONE_ORIGIN, "The Coast Guard said 3,100 migrants from Sorria had landed since May.", "3,100")
            .setAsideBy("another owner", "from Sorria");
        Decided.of(MIGRANTS, "The Coast Guard said 3,100 migrants from Sorria had landed since May.", "3,100").readAs("migrants");
    }
}

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

    private static final io.factaudit.sheet.Facts MIGRANTS = new SheetFixture()
        .names("migrants | migrant, new arrivals", "Coast Guard | the guard")
        .estimates("migrants", "Coast Guard | 2031-05-02 | 3,000")
        .facts();

    @Test
    void a_noun_the_sheet_spells_by_itself_names_its_subject_with_no_keyword_beside_it() {
        Decided.of(MIGRANTS, "Harbour town counts 3,100 migrants as camps fill", "3,100").readAs("migrants");
        Decided.of(MIGRANTS, "Officials said the town had taken in 3,100 migrants.", "3,100").readAs("migrants");
        Decided.of(new SheetFixture().names("people evacuated | evacuees", "Civil Protection Agency | CPA")
            .estimates("people evacuated", "Civil Protection Agency | 2031-05-02 | 1,000").facts(),
            "Valley shelters take in 1,200 evacuees", "1,200").readAs("people evacuated");
    }

    @Test
    void a_noun_that_needs_the_subjects_keyword_does_not() {
        Decided.troops("Border town counts 3,100 troops as camps fill", "3,100")
            .setAsideBy("no subject of the sheet", "3,100 troops");
    }
}

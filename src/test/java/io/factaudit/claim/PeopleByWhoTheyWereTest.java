package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of people named by sex or age after a larger count of the subject is a part of it, set
 * aside with its reason, under another noun, verb and topic; without the larger count before it, or
 * larger than it, it stays read. Sentences invented for this test.
 */
class PeopleByWhoTheyWereTest {

    private static final List<String> NOUNS = List.of("men", "women", "children", "boys", "teenagers");

    @Test
    void people_by_sex_or_age_after_a_larger_count_are_a_part_of_it() {
        for (String noun : NOUNS) {
            for (String clause : List.of("Two " + noun + " were killed when a wall fell in Tarn.",
                "The storm killed two " + noun + " in Tarn.", "Among them, two " + noun + " were killed in Tarn.")) {
                String part = (clause.startsWith("Two") ? "Two " : "two ") + noun;
                Decided.storm("Governor Lane said 14 people were killed in Tarn. " + clause, part)
                    .setAsideBy(PeopleByWhoTheyWere.NAME, part);
            }
        }
        Decided.storm("The agency said 9,000 people were evacuated from Tarn. Some 300 children were evacuated from a camp.",
            "300 children").setAsideBy(PeopleByWhoTheyWere.NAME, "Some 300 children");
    }

    @Test
    void without_a_larger_count_before_them_they_are_read() {
        for (String noun : NOUNS) {
            Decided.storm("Two " + noun + " were killed in Tarn, Governor Lane said.", "Two").readAs("Tarn storm deaths");
            Decided.storm("Governor Lane said 14 people were killed in Tarn. Later, 20 " + noun + " were killed in Tarn.",
                "20 " + noun).readAs("Tarn storm deaths");
        }
    }
}

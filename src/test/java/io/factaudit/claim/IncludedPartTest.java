package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A noun group that "including" or "among them" marks as part of the count before it in its sentence
 * is a part, as "including 9 in A" is: in no place it is set aside, in a place it is that place's.
 * Under another topic, verb of saying and number form. Sentences invented for this test.
 */
class IncludedPartTest {

    private static final String BOAT = "Launch sinks on Lake Oder\n\n";

    @Test
    void a_part_the_clause_includes_in_no_place_is_set_aside() {
        for (String saying : List.of("the warden said", "according to the warden")) {
            for (String number : List.of("12", "twelve", "at least 12")) {
                Decided.of(PartWithNoWholeTest.BOAT, BOAT + "Sixty people were rescued, including " + number + " survivors pulled from the hull, "
                    + saying + ".", number).setAsideBy(PartInNoPlace.NAME, number + " survivors");
                Decided.of(PartWithNoWholeTest.BOAT, BOAT + "Sixty people were rescued, " + number + " survivors among them, " + saying + ".",
                    number).setAsideBy(PartInNoPlace.NAME, number + " survivors");
            }
        }
        Decided.storm("The agency said 11,000 people were evacuated, including 300 evacuees from care homes.", "300")
            .setAsideBy(PartInNoPlace.NAME, "300 evacuees");
    }

    @Test
    void the_count_it_is_part_of_is_read() {
        Decided.of(PartWithNoWholeTest.BOAT, BOAT + "Sixty people were rescued, including 12 survivors pulled from the hull, the warden said.",
            "Sixty").readAs("people rescued");
        Decided.storm("The agency said 11,000 people were evacuated, including 300 evacuees from care homes.", "11,000")
            .readAs("Tarn evacuees");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number that says how many something can hold is no count of the sheet's subject, in any frame and number form. */
class CapacityInvarianceTest {

    /** A second sheet, of ferry passengers, so the frames are not read for one counted noun only. */
    static final Facts FERRY = new SheetFixture()
        .names("Osk ferry survivors | passengers rescued, people rescued, survivors",
            "Harbour Authority | the harbour authority")
        .estimates("Osk ferry survivors", "Harbour Authority | 2031-05-02 | 260").facts();

    private static final List<String> FRAMES = List.of(
        "has a capacity of %s", "has room for %s", "was built with space for %s", "can hold %s",
        "can still take in %s", "is licensed to carry %s", "was designed for %s", "is certified for %s",
        "is allowed to take %s");

    @Test
    void a_frame_of_capacity_sets_the_number_aside_on_either_sheet_and_in_any_number_form() {
        for (String frame : FRAMES) {
            for (String number : List.of("3,000", "about 3,000", "up to 3,000")) {
                String storm = "The new shelter " + frame.formatted(number + " evacuees") + ", the agency said.";
                assertThat(Decided.storm(storm, "3,000").rule()).as(storm).isEqualTo(Capacity.NAME);
            }
            String ferry = "The Osk ferry " + frame.formatted("400 passengers") + ", the harbour authority said.";
            assertThat(Decided.of(FERRY, "Ferry sinks off Osk\n\n" + ferry, "400").rule()).as(ferry).isEqualTo(Capacity.NAME);
        }
    }

    @Test
    void the_same_counts_told_as_counts_are_read() {
        Decided.storm("The new shelter now holds 3,000 evacuees, the agency said.", "3,000").readAs("Tarn evacuees");
        Decided.storm("The agency can confirm that 11,000 people were evacuated.", "11,000").readAs("Tarn evacuees");
        Decided.storm("Officials can now say 11,000 people were evacuated, the agency said.", "11,000").readAs("Tarn evacuees");
        Decided.of(FERRY, "Ferry sinks off Osk\n\nThe harbour authority said 240 passengers were rescued.", "240")
            .readAs("Osk ferry survivors");
    }

    @Test
    void explain_names_the_words_of_capacity() {
        Decided.storm("The hall has room for 3,000 evacuees, the agency said.", "3,000").setAsideBy(Capacity.NAME, "room for");
        Decided.storm("The hall can hold 3,000 evacuees, the agency said.", "3,000").setAsideBy(Capacity.NAME, "can");
        Decided.storm("The hall, built to house 3,000 evacuees, is full.", "3,000").setAsideBy(Capacity.NAME, "built to house");
    }
}

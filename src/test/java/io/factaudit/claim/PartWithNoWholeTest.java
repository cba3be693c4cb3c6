package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partitive with no count before it in its paragraph ("Two of the dead were children", "40 of the
 * survivors were treated") is a part of a toll the sentence does not give, so it is set aside with
 * its reason, under another topic, verb of saying, partitive noun and number form; it is read where
 * what the clause says of the part is the subject's word ("300 of the residents were evacuated"), where a
 * place locates it, and where a count before it is its whole. Sentences invented for this test.
 */
class PartWithNoWholeTest {

    /** A second topic, of a boat lost on a lake, so the form is not read for one sheet only. */
    static final Facts BOAT = new SheetFixture()
        .names("boat deaths | deaths, dead, died, drowned, toll",
            "people rescued | rescued, survivors",
            "Lake Warden | the warden")
        .estimates("boat deaths", "Lake Warden | 2031-05-02 | 14")
        .estimates("people rescued", "Lake Warden | 2031-05-02 | 60").facts();

    private static final String BOAT_HEADING = "Launch sinks on Lake Oder\n\n";

    private static final List<String> SAYING = List.of("the warden said", "the warden told reporters", "according to the warden");

    @Test
    void a_part_of_no_count_given_is_set_aside_in_any_saying_noun_and_number_form() {
        for (String saying : SAYING) {
            for (String number : List.of("Two", "2", "At least two")) {
                for (String part : List.of("of the dead were children", "of the survivors were treated for cold")) {
                    String text = BOAT_HEADING + number + " " + part + ", " + saying + ".";
                    Decided d = Decided.of(BOAT, text, number);
                    d.setAsideBy(PartInNoPlace.NO_WHOLE, number + " " + part.substring(0, part.indexOf(" were")));
                }
            }
        }
        Decided.storm("The agency said 300 of the evacuees were moved to a school gym.", "300")
            .setAsideBy(PartInNoPlace.NO_WHOLE, "300 of the evacuees");
    }

    @Test
    void a_count_in_an_earlier_paragraph_is_no_whole_of_the_part() {
        Decided.of(BOAT, BOAT_HEADING + "The warden said 14 people died.\n\nTwo of the dead were children, he said.", "Two")
            .setAsideBy(PartInNoPlace.NO_WHOLE, "Two of the dead");
    }

    @Test
    void the_part_is_read_when_the_clause_says_the_subject_of_it_or_a_place_or_a_whole_holds_it() {
        Decided.storm("The agency said 300 of the residents were evacuated.", "300").readAs("Tarn evacuees");
        Decided.storm("Three hundred of the residents had been evacuated by Monday, the agency said.", "Three hundred")
            .readAs("Tarn evacuees");
        Decided.of(BOAT, BOAT_HEADING + "Two of the dead were found near Oder Point, the warden said.", "Two")
            .readAs("boat deaths");
        Decided.of(BOAT, BOAT_HEADING + "The warden said 14 people died, two of them children.", "14").readAs("boat deaths");
        Decided.troops("Seoul said 3,000 of the North Korean troops were in the Kursk region.", "3,000")
            .readAs("North Korean troops");
    }
}

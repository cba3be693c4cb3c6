package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a sheet that counts a noun only with a predicate ("trains cancelled", "schools closed"), the
 * whole a part is taken from ("300 of the 900 trains", "a third of the 900 trains", "out of 900
 * trains") is every such thing, not the count; the part is read. A noun the sheet spells alone keeps
 * the whole a count ("nine of the 14 dead"). Sentences invented for this test.
 */
class WholeOfAPartTest {

    static final Facts TRAINS = new SheetFixture()
        .names("trains cancelled | cancelled trains, cancellations, cancelled", "Rail Board | the board")
        .estimates("trains cancelled", "Rail Board | 2031-05-02 | 300").facts();

    static final Facts SCHOOLS = new SheetFixture()
        .names("schools closed | closed schools, closures, closed", "Education Office | the office")
        .estimates("schools closed", "Education Office | 2031-05-02 | 120").facts();

    private static final String STRIKE = "Rail strike in Vell\n\n";
    private static final String HEAT = "Heat wave in Vell\n\n";

    @Test
    void the_whole_of_a_part_is_set_aside_in_any_share_and_number_form() {
        for (String share : List.of("300 of the", "a third of the", "30 percent of the", "300 out of")) {
            for (String number : List.of("900", "about 900", "nine hundred")) {
                String text = STRIKE + "The board said " + share + " " + number + " trains scheduled were cancelled.";
                Decided.of(TRAINS, text, number).setAsideBy(OwnersWhole.NAME, share);
            }
            String schools = HEAT + "The office told parents that " + share + " 400 schools in the county were closed.";
            Decided.of(SCHOOLS, schools, "400").setAsideBy(OwnersWhole.NAME, share);
        }
    }

    @Test
    void the_part_is_read_and_a_whole_the_sheet_names_alone_stays_a_count() {
        Decided.of(TRAINS, STRIKE + "The board said 300 trains were cancelled.", "300").readAs("trains cancelled");
        Decided.of(PartWithNoWholeTest.BOAT, "Launch sinks on Lake Oder\n\nThe warden said nine of the 14 dead were women.", "14")
            .readAs("boat deaths");
    }
}

package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count of another occasion of the sheet's kind of event is no count of this one, however the
 * occasion is told: a fronted phrase ("In a similar accident on the river, 40 drowned"), an adjective
 * between the mark and the event ("the previous worst accident"), or after the count in its clause ("the
 * 7 deaths recorded in the last accident"); under another verb of saying, topic and number form. The
 * count of this occasion beside it is read. Sentences invented for this test.
 */
class OtherOccasionFormsTest {

    private static final String BOAT = "Launch sinks on Lake Oder\n\n";

    @Test
    void another_occasion_before_or_after_the_count_sets_it_aside() {
        for (String saying : List.of("the warden said", "the warden told reporters")) {
            for (String number : List.of("40", "about 40", "twelve")) {
                Decided.of(PartWithNoWholeTest.BOAT, BOAT + "In a similar accident on the river, " + number + " people drowned, "
                    + saying + ".", number).setAsideBy(HistoricalFigure.NAME, "similar accident");
                Decided.of(PartWithNoWholeTest.BOAT, BOAT + "The previous worst accident on the lake left " + number
                    + " people dead, " + saying + ".", number).setAsideBy(HistoricalFigure.NAME, "previous worst accident");
                Decided.of(PartWithNoWholeTest.BOAT, BOAT + "The toll is twice the " + number + " deaths recorded in the last accident, "
                    + saying + ".", number).setAsideBy(HistoricalFigure.NAME, "last accident");
                Decided.storm("The agency said " + number + " people were evacuated during the previous big storm.", number)
                    .setAsideBy(HistoricalFigure.NAME, "previous big storm");
            }
        }
    }

    @Test
    void the_count_of_this_occasion_is_read() {
        Decided.of(PartWithNoWholeTest.BOAT, BOAT + "In the accident on Monday, 14 people drowned, the warden said.", "14")
            .readAs("boat deaths");
        Decided.of(PartWithNoWholeTest.BOAT, BOAT + "The warden said 14 people drowned in the last hours of the search.", "14")
            .readAs("boat deaths");
        Decided.storm("The agency said 11,000 people were evacuated before the storm.", "11,000").readAs("Tarn evacuees");
    }
}

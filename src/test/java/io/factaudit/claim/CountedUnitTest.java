package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A measure in a unit the sheet counts is a count of it; on a sheet that counts something else it stays a measure. */
class CountedUnitTest {

    private static Facts sheetCounting(String unit) {
        return new SheetFixture()
            .names("land burned | " + unit + " burned, " + unit + " scorched",
                "Ridge Fire Service | the fire service")
            .estimates("land burned", "Ridge Fire Service | 2031-08-02 | about 5,000")
            .facts();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acres", "hectares", "square miles"})
    void a_measure_in_the_unit_the_sheet_counts_is_a_count(String unit) {
        for (String text : List.of("The blaze has burned 4,200 " + unit + ", the fire service said.",
            "The fire service said 4,200 " + unit + " had been scorched.",
            "According to the fire service, about 4,200 " + unit + " have burned.")) {
            Decided d = Decided.of(sheetCounting(unit), text, "4,200");
            d.readAs("land burned");
            assertThat(d.claim().source()).as(d.line()).isEqualTo("Ridge Fire Service");
            assertThat(d.claim().interval().low()).as(d.line()).isLessThanOrEqualTo(4200);
        }
    }

    @Test
    void a_measure_in_another_unit_stays_a_measure() {
        Decided.of(sheetCounting("acres"), "The fire has burned 4,200 acres and crews cut a line 12 miles long, the fire service said.", "12")
            .setAsideBy("a measure, not a count (distance)", "12 miles");
    }

    @Test
    void on_a_sheet_that_counts_people_acres_are_still_a_measure() {
        Decided d = Decided.storm("The storm flooded 3,000 acres of farmland, and 1,200 people were evacuated.", "3,000");
        assertThat(d.rule()).as(d.line()).startsWith("a measure, not a count");
    }
}

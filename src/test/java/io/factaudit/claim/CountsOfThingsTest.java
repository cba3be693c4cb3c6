package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts of things, not people, on two invented topics (kettles recalled by a maker; parcels delayed by
 * a courier): a name or place of the sheet beside what is counted narrows it, a product's year is no
 * date of the figure, a measure beside the count leaves it a count; and the set-asides still hold
 * where they should (another army's troops, a year that dates an earlier figure).
 */
class CountsOfThingsTest {

    static final Facts KETTLES = things("kettles recalled | kettles, recalled kettles", "Brenmark | Brenmark Appliances, the company",
        "Safety Office | the safety office", "Brenmark", "Safety Office");
    static final Facts PARCELS = things("parcels delayed | parcels, delayed parcels", "Fastpost | Fastpost Couriers, the courier",
        "Postal Regulator | the regulator", "Fastpost", "Postal Regulator");

    /** A sheet of one subject counting things, two sources, the places Ostland and Varnia. */
    private static Facts things(String subject, String maker, String regulator, String makerName, String regulatorName) {
        SheetFixture f = new SheetFixture().names(subject, maker, regulator, "Ostland | Ostlandic", "Varnia | Varnian");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Ostland | ", "Varnia | "));
        String name = subject.substring(0, subject.indexOf('|')).strip();
        b.estimates(name, f.table("source | as of | where | count",
            makerName + " | 2031-05-01 | | 120,000",
            makerName + " | 2031-05-01 | Ostland | 90,000",
            regulatorName + " | 2031-05-02 | Varnia | 30,000"));
        return f.facts();
    }

    private static Decided kettles(String text, String number) {
        return Decided.of(KETTLES, text, number);
    }

    private static Decided parcels(String text, String number) {
        return Decided.of(PARCELS, text, number);
    }

    /** A place or a source of the sheet modifying what is counted, under another verb of saying and topic noun. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ostland", "Varnian", "Brenmark"})
    void a_name_of_the_sheet_before_the_counted_noun_narrows_the_subject_and_is_no_other_force(String modifier) {
        for (String verb : List.of("said", "reported", "announced")) {
            kettles("The safety office " + verb + " that 40,000 " + modifier + " kettles were recalled.", "40,000")
                .readAs("kettles recalled");
        }
        String owner = modifier.equals("Brenmark") ? "Fastpost" : modifier;
        parcels("The regulator said 7,000 " + owner + " parcels were delayed.", "7,000").readAs("parcels delayed");
    }

    /** The subject with a name of its own still has other forces: another army's troops are set aside. */
    @Test
    void another_armys_troops_are_still_another_force() {
        Decided.troops("Kyiv said 70,000 Belarusian troops were on alert.", "70,000").setAsideBy(AnotherForce.NAME, "70,000 Belarusian");
        Decided.troops("Kyiv said 5,000 U.S. troops were on alert.", "5,000").setAsideBy(AnotherForce.NAME, "5,000 U.S.");
    }

    /** A capitalized word the sheet does not name is still another maker's. */
    @Test
    void a_name_the_sheet_does_not_know_still_names_another_force() {
        kettles("The safety office said 40,000 Kordel kettles were recalled.", "40,000").setAsideBy(AnotherForce.NAME, "40,000 Kordel");
        parcels("The regulator said 7,000 Swiftline parcels were delayed.", "7,000").setAsideBy(AnotherForce.NAME, "7,000 Swiftline");
    }

    @Test
    void an_owner_after_of_that_is_a_source_of_the_sheet_is_the_subjects_own() {
        kettles("The safety office said 40,000 kettles of Brenmark were recalled.", "40,000").readAs("kettles recalled");
        parcels("The regulator said 7,000 parcels of Fastpost were delayed.", "7,000").readAs("parcels delayed");
        kettles("The safety office said 40,000 kettles of Kordel were recalled.", "40,000").setAsideBy("another owner", "of Kordel");
    }

    /** A model or product year, a run of them, "model year" or a period opened by "since": no date of the figure. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the 2027 models", "2026-2029 models", "model year 2027 units", "the 2027 and 2028 Deluxe models"})
    void a_year_that_names_the_product_is_no_date_of_the_figure(String products) {
        kettles("Brenmark said the recall of " + products + " covers 120,000 kettles.", "120,000").readAs("kettles recalled");
        parcels("Fastpost said " + products.replace("models", "routes").replace("units", "routes")
            + " had 7,000 parcels delayed.", "7,000").readAs("parcels delayed");
    }

    @Test
    void a_period_opened_by_since_runs_to_now() {
        kettles("Since 2027, Brenmark has recalled 120,000 kettles.", "120,000").readAs("kettles recalled");
        parcels("Since 2026, 7,000 parcels have been delayed, Fastpost said.", "7,000").readAs("parcels delayed");
    }

    /** The set-aside still holds where the year dates an earlier figure: "in 2019", "the 2019 storm". */
    @Test
    void a_year_that_dates_an_earlier_figure_still_makes_it_historical() {
        kettles("In 2019, Brenmark recalled 40,000 kettles.", "40,000").setAsideBy(HistoricalFigure.NAME, "2019");
        parcels("During the 2019 strike, 9,000 parcels were delayed.", "9,000").setAsideBy(HistoricalFigure.NAME, "2019");
    }

    /** A change by a measure to a level: the level is a count, not the end of a range of percentages or money. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"up 12 percent to", "rose 12% to", "jumped $40 to"})
    void a_change_by_a_measure_leaves_the_level_a_count(String change) {
        kettles("Brenmark said recalls " + change + " 120,000 kettles.", "120,000").readAs("kettles recalled");
        parcels("Fastpost said delays " + change + " 7,000 parcels.", "7,000").readAs("parcels delayed");
    }

    @Test
    void a_range_of_measures_stays_one_measure() {
        kettles("Brenmark said 120,000 kettles priced at $40 to 60 were recalled.", "$40 to 60")
            .setAsideBy("a measure, not a count (money)", "$40 to 60");
    }
}

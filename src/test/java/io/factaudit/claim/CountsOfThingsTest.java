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

    /** Things from a place of the sheet are where they were sold or made, not another's. */
    @Test
    void things_from_a_place_of_the_sheet_are_the_subjects_own() {
        kettles("The safety office said 40,000 kettles from Ostland were recalled.", "40,000").readAs("kettles recalled");
        parcels("The regulator said 7,000 parcels from Varnia were delayed.", "7,000").readAs("parcels delayed");
    }

    /** A model or product year, a run of them, "model year" or a period opened by "since": no date of the figure. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the 2027 models", "2026-2029 models", "model year 2027 units", "the 2027 and 2028 Deluxe models"})
    void a_year_that_names_the_product_is_no_date_of_the_figure(String products) {
        kettles("Brenmark said the recall of " + products + " covers 120,000 kettles.", "120,000").readAs("kettles recalled");
        parcels("Fastpost said " + products.replace("models", "routes").replace("units", "routes")
            + " had 7,000 parcels delayed.", "7,000").readAs("parcels delayed");
    }

    /** A product's year between the number and its noun says which things, not what is counted. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-2029", "2028", "model-year 2028", "model year 2027 to 2029"})
    void a_product_year_between_the_number_and_its_noun_leaves_the_noun_counted(String years) {
        kettles("Brenmark said it recalled 120,000 " + years + " kettles.", "120,000").readAs("kettles recalled");
        parcels("Fastpost said 7,000 " + years + " parcels were delayed.", "7,000").readAs("parcels delayed");
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

    private static List<CountClaim> rows(Facts facts, String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-05-03"), facts).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    /** Columns headed by days: each figure is as of its column's day, in its row's place; any topic, any day form. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"May 1 | May 3", "1 May | 3 May", "May 1, 2031 | May 3, 2031"})
    void a_column_headed_by_a_day_dates_its_figures(String days) {
        for (Facts facts : List.of(KETTLES, PARCELS)) {
            List<CountClaim> claims = rows(facts, "By market:\n\nMarket | " + days + "\nOstland | 90,000 | 95,000\nVarnia | 30,000 | 32,000\n");
            assertThat(claims).extracting(CountClaim::where).containsExactly("Ostland", "Ostland", "Varnia", "Varnia");
            assertThat(claims).extracting(c -> c.interval().low()).containsExactly(90_000L, 95_000L, 30_000L, 32_000L);
            assertThat(claims).extracting(c -> c.asOf() == null ? null : c.asOf().getDayOfMonth()).containsExactly(1, 3, 1, 3);
        }
    }

    /** A header giving the figures' scale: thousands written any way, millions. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(thousands)", "('000)", "(000s)", "in thousands"})
    void a_header_in_thousands_scales_its_figures(String scale) {
        assertThat(rows(KETTLES, "By market:\n\nMarket | Kettles " + scale + "\nOstland | 90\nVarnia | 30\n"))
            .extracting(c -> c.interval().low()).containsExactly(90_000L, 30_000L);
        assertThat(rows(PARCELS, "By market:\n\nMarket | Parcels " + scale + "\nOstland | 90\nVarnia | 30\n"))
            .extracting(c -> c.interval().low()).containsExactly(90_000L, 30_000L);
    }

    /** A header naming something else, not a day, still leaves its column unread. */
    @Test
    void a_column_headed_by_something_else_is_not_read() {
        assertThat(rows(KETTLES, "By market:\n\nMarket | Kettles | Stores\nOstland | 90,000 | 12\nVarnia | 30,000 | 4\n"))
            .extracting(c -> c.interval().low()).containsExactly(90_000L, 30_000L);
    }
}

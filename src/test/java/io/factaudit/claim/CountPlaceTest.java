package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a count is located, read from the structure around the number; sentences written for this test. */
class CountPlaceTest {

    private static final Facts PLACES = placesSheet(true);
    private static final Facts NO_PLACES = placesSheet(false);

    private static Facts placesSheet(boolean withPlaces) {
        SheetFixture sheet = new SheetFixture().names("cases | infections", "Health Board | board",
            "Ostland | Ost.", "Marlow County | Marlow", "Vesterby |");
        if (withPlaces) {
            sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
        }
        return sheet.estimates("cases", "Health Board | 2031-01-05 | 900").facts();
    }

    /** The place of the count written as {@code number} (its first occurrence) in the text's last sentence. */
    private static String locate(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-01-06");
        int at = text.lastIndexOf(number);
        Span span = new Span(at, at + number.length());
        return CountPlace.of(document, facts).locate(document.sentenceOf(at), span);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Officials confirmed 140 infections in Marlow County on Monday.       | 140 | Marlow County",
        "At least 75 cases have now been recorded across Ostland.             | 75  | Ostland",
        "Clinics logged 33 new cases in and around Marlow this week.           | 33  | Marlow County",
        "In Vesterby, 18 people tested positive over the weekend.             | 18  | Vesterby",
        "Nurses were sent to Vesterby, where 21 infections were logged.         | 21  | Vesterby",
        "The infection count in Ostland climbed to 410.                        | 410 | Ostland",
        "Vesterby's case count stood at 52 on Tuesday.                         | 52  | Vesterby",
        "Ostland reported 412 cases by Friday evening.                        | 412 | Ostland",
        "Vesterby health officials said 61 residents had been infected.       | 61  | Vesterby",
        "Officials confirmed 140 infections in Marlow County, the old Marlow district. | 140 | Marlow County",
    })
    void a_count_is_located_where_the_sentence_puts_it(String sentence, String number, String place) {
        assertThat(locate(PLACES, sentence, number)).isEqualTo(place);
    }

    @Test
    void another_verb_of_reporting_locates_the_same() {
        for (String verb : new String[] {"reported", "confirmed", "announced", "counted"}) {
            assertThat(locate(PLACES, "Ostland " + verb + " 412 cases by Friday evening.", "412")).as(verb).isEqualTo("Ostland");
        }
    }

    @Test
    void a_partition_gives_the_whole_no_place_and_each_part_its_own() {
        String text = "The board counted 900 cases, at least 96 of them in Marlow County.";
        assertThat(locate(PLACES, text, "900")).isNull();
        assertThat(locate(PLACES, text, "96")).isEqualTo("Marlow County");
        String listed = "The outbreak has infected 620 people, including 210 in Vesterby and 88 in Ostland.";
        assertThat(locate(PLACES, listed, "620")).isNull();
        assertThat(locate(PLACES, listed, "210")).isEqualTo("Vesterby");
        assertThat(locate(PLACES, listed, "88")).isEqualTo("Ostland");
    }

    @Test
    void there_points_back_to_the_place_named_earlier_in_the_passage() {
        String text = "Marlow County has been hit hardest. At least 40 people have fallen ill there.";
        assertThat(locate(PLACES, text, "40")).isEqualTo("Marlow County");
    }

    @Test
    void a_dateline_does_not_locate_a_count() {
        String text = "LAKEVILLE, Ostland (Wire) \u2014 The board has counted 900 cases so far.";
        assertThat(locate(PLACES, text, "900")).isNull();
        String fronted = "In Ostland \u2014 the worst-hit region \u2014 hospitals treated 70 cases.";
        assertThat(locate(PLACES, fronted, "70")).as("a fronted place, not a dateline").isNull();
    }

    @Test
    void a_place_where_the_figure_is_told_does_not_locate_it() {
        assertThat(locate(PLACES, "Speaking in Vesterby, the minister said 900 cases had been confirmed.", "900")).isNull();
        assertThat(locate(PLACES, "The board counted 900 cases, a spokesman told reporters in Ostland.", "900")).isNull();
    }

    @Test
    void a_place_that_reports_is_not_the_place_when_another_is_named() {
        assertThat(locate(PLACES, "Ostland reported 96 cases in Marlow County.", "96")).isEqualTo("Marlow County");
    }

    @Test
    void a_place_modifying_the_count_noun_linked_to_the_number_locates_it() {
        assertThat(locate(PLACES, "Vesterby infection count climbs to 48", "48")).isEqualTo("Vesterby");
        assertThat(locate(PLACES, "The board put Ostland hospital admissions at about 2,400.", "2,400")).isEqualTo("Ostland");
        assertThat(locate(PLACES, "Vesterby infections fell, and the board counted 48 cases.", "48")).as("another clause").isNull();
    }

    @Test
    void a_place_cited_as_the_source_locates_the_count_whatever_the_form_of_citing() {
        for (String cited : new String[] {"according to Vesterby", "according to Vesterby officials", "Vesterby said",
            "Vesterby health officials reported"}) {
            assertThat(locate(PLACES, "Clinics have treated 36 cases, " + cited + ".", "36")).as(cited).isEqualTo("Vesterby");
        }
        assertThat(locate(PLACES, "Clinics have treated 36 cases, according to a nurse who lives in Vesterby.", "36")).isNull();
    }

    @Test
    void a_place_reporting_in_a_clause_after_the_number_does_not_locate_it() {
        assertThat(locate(PLACES, "The board puts the case count at 23 as Vesterby counts its sick", "23")).isNull();
        assertThat(locate(PLACES, "The case count stands at 23, Vesterby officials said.", "23")).isEqualTo("Vesterby");
    }

    @Test
    void a_sheet_without_places_locates_nothing() {
        assertThat(locate(NO_PLACES, "Officials confirmed 140 infections in Marlow County on Monday.", "140")).isNull();
    }

    @Test
    void a_place_in_another_clause_before_the_count_does_not_locate_it() {
        assertThat(locate(PLACES, "Clinics reopen in Vesterby as infections rise to 140", "140")).isNull();
        assertThat(locate(PLACES, "In Vesterby infections rose to 140", "140")).isEqualTo("Vesterby");
    }
}

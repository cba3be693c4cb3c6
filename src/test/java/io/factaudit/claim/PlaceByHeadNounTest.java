package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place named again by the noun heading its name ("the valley"); sentences written for this test. */
class PlaceByHeadNounTest {

    private static final Facts TWO_COUNTIES = twoCounties();

    private static Facts twoCounties() {
        SheetFixture sheet = new SheetFixture().names("cases | infections", "Health Board | board",
            "Ostland | ", "Marlow County | Marlow", "Tarn County | Tarn", "Brenn Valley | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Marlow County | Ostland", "Tarn County | Ostland",
            "Brenn Valley |"));
        return sheet.estimates("cases", "Health Board | 2031-01-05 | 900").facts();
    }

    private static List<String> places(String text) {
        Document document = SheetFixture.document(text, "2031-01-06");
        return PlaceMentions.of(document, TWO_COUNTIES).within(new io.factaudit.article.Span(0, text.length())).stream()
            .map(Mention::name).toList();
    }

    @Test
    void the_head_noun_names_the_place_of_the_sheet_it_heads() {
        assertThat(places("Nurses arrived in the valley on Monday.")).containsExactly("Brenn Valley");
        assertThat(PlaceFixture.locate(PlaceFixture.PLACES, "Marlow was hit first. In all, 40 infections were logged in the county.", "40"))
            .isEqualTo("Marlow County");
    }

    @Test
    void of_two_places_with_the_same_head_it_names_the_one_named_last_before_it() {
        assertThat(places("Marlow County reopened schools; Tarn County did not. The county has 12 cases."))
            .containsExactly("Marlow County", "Tarn County", "Tarn County");
        assertThat(places("The county has 12 cases.")).as("two counties, none named before").isEmpty();
    }

    @Test
    void a_plural_or_a_head_no_place_has_names_nothing() {
        assertThat(places("Both counties and the region have cases.")).isEmpty();
        assertThat(places("The counties reported 12 cases.")).isEmpty();
    }
}

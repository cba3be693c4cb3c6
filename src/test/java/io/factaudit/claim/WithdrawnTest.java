package io.factaudit.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A figure a correction withdraws is not a claim; the corrected one is. Sentences written for this test. */
class WithdrawnTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"An earlier version of this article said", "A previous version of this story stated",
        "An earlier version of this report incorrectly gave", "The original version misstated"})
    void a_figure_told_by_an_earlier_version_of_the_article_is_withdrawn(String correction) {
        Decided.storm("Correction: " + correction + " that 1,400 people were evacuated from Tarn.", "1,400")
            .setAsideBy("a figure the article withdraws", correction + " that 1,400 people");
        Decided.troops(correction + " that 12,000 North Korean troops were in Kursk.", "12,000")
            .setAsideBy("a figure the article withdraws", correction + " that 12,000 North Korean troops");
    }

    @Test
    void the_corrected_figure_and_an_earlier_version_of_something_else_are_read() {
        Decided.storm("Correction: An earlier version of this article misstated the figure. Some 12,000 people were evacuated.",
            "12,000").readAs("Tarn evacuees");
        Decided.storm("An earlier version of the plan had 12,000 people evacuated from Tarn.", "12,000").readAs("Tarn evacuees");
    }

    @Test
    void the_corrected_figure_is_of_the_withdrawn_figures_place() {
        SheetFixture sheet = new SheetFixture().names("people evacuated | evacuees, evacuated", "Civil Protection | civil protection",
            "Ostland |", "Marlow County |");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Marlow County |"));
        io.factaudit.sheet.Facts facts = sheet.estimates("people evacuated", "Civil Protection | 2031-05-02 | 900").facts();
        for (String figure : new String[] {"The civil protection figure is 630.", "Civil protection put it at 630."}) {
            String text = "Correction: An earlier version of this article said 360 people had been evacuated from Marlow County. " + figure;
            var document = SheetFixture.document(text, "2031-05-04");
            int at = text.indexOf("630");
            org.assertj.core.api.Assertions.assertThat(CountPlace.of(document, facts)
                .locate(document.sentenceOf(at), new io.factaudit.article.Span(at, at + 3))).as(figure).isEqualTo("Marlow County");
            int other = text.indexOf("360");
            org.assertj.core.api.Assertions.assertThat(new CountReader().decisions(document, facts).stream()
                .filter(d -> d.number().start() == other).findFirst().orElseThrow().rule()).isEqualTo("a figure the article withdraws");
        }
    }
}

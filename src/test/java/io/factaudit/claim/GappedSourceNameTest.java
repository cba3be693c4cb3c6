package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name that opens a gapped clause is the source of its figure (SourceFinder). Sentences written for this test, on two topics. */
class GappedSourceNameTest {

    private static final Facts MARCHERS = new SheetFixture()
        .names("marchers | people marched, protesters", "City Police | police", "Workers Alliance | the alliance")
        .estimates("marchers", "City Police | 2031-03-02 | 40,000")
        .estimates("marchers", "Workers Alliance | 2031-03-02 | 90,000").facts();

    private static final Facts EVACUEES = new SheetFixture()
        .names("people evacuated | evacuees, evacuated", "Civil Protection Agency | the agency", "Red Cross |")
        .estimates("people evacuated", "Civil Protection Agency | 2031-03-02 | 9,000")
        .estimates("people evacuated", "Red Cross | 2031-03-02 | 11,000").facts();

    private static String sourceOf(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-03-04");
        int at = text.lastIndexOf(number);
        return new CountReader().decisions(document, facts).stream()
            .filter(d -> d.number().start() <= at && at < d.number().end()).findFirst()
            .map(CountDecision::claim).map(CountClaim::source).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"estimated", "put", "has put"})
    void the_name_opening_a_gapped_clause_gives_its_figure(String verb) {
        String march = "City Police " + verb + " the crowd of protesters at 40,000, the alliance at 90,000.";
        assertThat(sourceOf(MARCHERS, march, "40,000")).as(march).isEqualTo("City Police");
        assertThat(sourceOf(MARCHERS, march, "90,000")).as(march).isEqualTo("Workers Alliance");
        String evacuees = "The agency " + verb + " the number of evacuees at 9,000, the Red Cross at about 11,000.";
        assertThat(sourceOf(EVACUEES, evacuees, "9,000")).as(evacuees).isEqualTo("Civil Protection Agency");
        assertThat(sourceOf(EVACUEES, evacuees, "11,000")).as(evacuees).isEqualTo("Red Cross");
    }
}

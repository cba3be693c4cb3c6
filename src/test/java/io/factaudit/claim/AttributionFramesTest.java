package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose count it is, through the frames of attribution that name a source without its name. */
class AttributionFramesTest {

    private static final Facts CHOLERA = new SheetFixture()
        .names("Varnia cholera cases | cholera cases in Varnia, cholera cases",
            "Varnia cholera deaths | death toll in Varnia, toll in Varnia",
            "Varnia Ministry of Health | Varnian health ministry",
            "Tessaly Ministry of Health | Tessalian health ministry",
            "Delta Relief Agency | DRA")
        .estimates("Varnia cholera cases", "Varnia Ministry of Health | 2031-03-01 | 400",
            "Delta Relief Agency | 2031-03-01 | 450", "Tessaly Ministry of Health | 2031-03-01 | 380")
        .estimates("Varnia cholera deaths", "Varnia Ministry of Health | 2031-03-01 | 30",
            "Delta Relief Agency | 2031-03-01 | 35")
        .facts();

    private static String sourceOf(String text, String number) {
        List<CountClaim> claims = new CountReader().read(SheetFixture.document("Cholera in Varnia\n\n" + text, "2031-03-02"), CHOLERA)
            .stream().map(CountClaim.class::cast).filter(c -> c.text().contains(number)).toList();
        assertThat(claims).as("the count %s in: %s", number, text).hasSize(1);
        return claims.get(0).source();
    }

    @Test
    void a_role_noun_the_source_s_name_holds_refers_to_the_source_named_before_whatever_the_frame() {
        String named = "The Varnia Ministry of Health confirmed the outbreak on Monday. ";
        for (String sentence : List.of("There were 412 cholera cases, the ministry said.",
            "There were 412 cholera cases, the health ministry stressed.",
            "There were 412 cholera cases, according to the ministry.",
            "The ministry counted 412 cholera cases by Friday.",
            "By the ministry's tally, there were 412 cholera cases.")) {
            assertThat(sourceOf(named + sentence, "412")).as(sentence).isEqualTo("Varnia Ministry of Health");
        }
    }

    @Test
    void a_role_noun_with_no_source_named_before_it_names_none() {
        assertThat(sourceOf("There were 412 cholera cases, the ministry said.", "412")).isNull();
    }

    @Test
    void of_two_sources_whose_names_hold_the_role_noun_the_one_named_last_is_meant() {
        String both = "The Tessaly Ministry of Health sent doctors after the Varnia Ministry of Health asked for help. ";
        assertThat(sourceOf(both + "There were 412 cholera cases, the ministry said.", "412")).isEqualTo("Varnia Ministry of Health");
        String reversed = "The Varnia Ministry of Health asked the Tessaly Ministry of Health for help. ";
        assertThat(sourceOf(reversed + "There were 412 cholera cases, the ministry said.", "412")).isEqualTo("Tessaly Ministry of Health");
    }

    @Test
    void according_to_what_a_source_issued_cites_the_source() {
        assertThat(sourceOf("There were 412 cholera cases, according to a weekly tally from the Delta Relief Agency.", "412"))
            .isEqualTo("Delta Relief Agency");
        assertThat(sourceOf("There were 412 cholera cases, according to the latest bulletin of the DRA.", "412"))
            .isEqualTo("Delta Relief Agency");
    }

    @Test
    void a_source_cited_earlier_in_the_paragraph_goes_on_to_a_later_sentence_s_count_but_not_to_the_next_paragraph() {
        String cited = "The Delta Relief Agency's weekly bulletin came out on Monday. ";
        assertThat(sourceOf(cited + "The number of cholera cases rose to 412 in the camps.", "412")).isEqualTo("Delta Relief Agency");
        assertThat(sourceOf(cited + "\n\nThe number of cholera cases rose to 412 in the camps.", "412")).isNull();
    }

    @Test
    void a_source_puts_a_count_noun_at_a_figure_and_the_noun_says_which_subject() {
        CountClaim toll = new CountReader().read(SheetFixture.document("Cholera in Varnia\n\n"
                + "The Varnia Ministry of Health, for its part, put the toll at 31 on Friday.", "2031-03-02"), CHOLERA)
            .stream().map(CountClaim.class::cast).findFirst().orElseThrow();
        assertThat(toll.subject()).isEqualTo("Varnia cholera deaths");
        assertThat(toll.source()).isEqualTo("Varnia Ministry of Health");
    }

    @Test
    void a_source_puts_what_it_measures_at_a_bare_figure_whatever_the_object_noun() {
        for (String object : List.of("the outbreak", "its caseload", "the epidemic")) {
            String sentence = "The DRA, for its part, puts " + object + " at 412, counting cholera cases in every camp.";
            assertThat(sourceOf(sentence, "412")).as(sentence).isEqualTo("Delta Relief Agency");
        }
    }

    @Test
    void put_in_another_sense_gives_no_figure() {
        List<CountDecision> decisions = new CountReader().decisions(SheetFixture.document("Cholera in Varnia\n\n"
            + "The DRA put the clinic at 12 Harbour Road, next to cholera cases in the camp.", "2031-03-02"), CHOLERA);
        assertThat(decisions).noneMatch(CountDecision::isClaim);
    }
}

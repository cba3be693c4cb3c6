package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountReaderTest {

    private final Facts facts = SheetFixture.troops().facts();

    private List<CountClaim> read(String text) {
        return new CountReader().read(SheetFixture.document(text, "2024-10-26"), facts).stream()
            .map(CountClaim.class::cast).toList();
    }

    private CountClaim only(String text) {
        List<CountClaim> claims = read(text);
        assertThat(claims).as("claims read from: %s", text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void reads_a_hedged_count_of_the_subject_with_its_source_after_it() {
        CountClaim c = only("About 3,000 North Korean soldiers are in Russia, the NIS said on Friday.");
        assertThat(c.text()).isEqualTo("About 3,000 North Korean soldiers");
        assertThat(c.interval().low()).isEqualTo(2700L);
        assertThat(c.interval().high()).isEqualTo(3300L);
        assertThat(c.source()).isEqualTo("South Korea");
        assertThat(c.subject()).isEqualTo("North Korean troops");
    }

    @Test
    void reads_sources_in_their_usual_forms() {
        assertThat(only("According to South Korea's spy agency, Pyongyang has shipped 1,500 North Korean soldiers.").source())
            .isEqualTo("South Korea");
        assertThat(only("Lloyd Austin, the defense secretary, said on Tuesday that up to 8,000 North Korean troops were in Kursk.")
            .source()).isEqualTo("United States");
        assertThat(only("By the Pentagon's count, about 8,000 North Korean troops are in the Kursk region.").source())
            .isEqualTo("United States");
        assertThat(only("Reports vary, with South Korea initially estimating 1,500 troops sent by North Korea.").source())
            .isEqualTo("South Korea");
    }

    @Test
    void follows_a_pronoun_back_to_the_last_named_source() {
        List<CountClaim> claims = read("Zelensky spoke to reporters in Brussels. He said 12,000 North Korean troops were coming.");
        assertThat(claims).singleElement().extracting(CountClaim::source).isEqualTo("Ukraine");
    }

    @Test
    void reads_open_ends_and_ranges() {
        assertThat(only("Up to 8,000 North Korean troops are in Kursk.").interval().low()).isNull();
        assertThat(only("More than 11,000 North Korean troops are in Kursk.").interval().high()).isNull();
        CountClaim range = only("Between 11,000 and 12,000 North Korean troops are in Russia.");
        assertThat(range.interval().low()).isEqualTo(11_000L);
        assertThat(range.interval().high()).isEqualTo(12_000L);
    }

    @Test
    void multiplies_a_count_per_unit_by_the_number_of_units() {
        assertThat(only("Kyiv says Pyongyang is readying two units of 6,000 North Korean soldiers each.").interval().low())
            .isEqualTo(12_000L);
        assertThat(only("Ukrainian officials spoke of 6,000 North Korean troops in each of two units.").interval().high())
            .isEqualTo(12_000L);
    }

    @Test
    void reads_a_bare_troops_count_when_the_passage_is_about_the_subject() {
        CountClaim c = only("With around 10,000 troops on the ground, North Korea's deployment has alarmed its neighbours.");
        assertThat(c.text()).isEqualTo("around 10,000 troops");
        assertThat(c.source()).isNull();
    }

    @Test
    void marks_a_figure_the_article_calls_an_earlier_one() {
        assertThat(only("Seoul initially put the first contingent at 1,500.").earlier()).isTrue();
        assertThat(only("Seoul put the force at 3,000 North Korean troops.").earlier()).isFalse();
    }

    @Test
    void leaves_out_counts_of_something_else() {
        assertThat(read("Russia has up to 50,000 soldiers mobilized by Russia to retake the border area near North Korean units.")).isEmpty();
        assertThat(read("North Korea supplied around eight million artillery shells and missiles worth $5.5 billion.")).isEmpty();
        assertThat(read("Seoul is 7,300 kilometers from Kyiv, where North Korean troops may never go.")).isEmpty();
        assertThat(read("At least 100 North Korean soldiers had been killed and nearly 1,000 wounded, Seoul said.")).isEmpty();
        assertThat(read("More than 600,000 Russian soldiers have been killed or wounded since North Korean troops arrived.")).isEmpty();
        assertThat(read("North Korean troops have not fought a war since 1953.")).isEmpty();
    }

    @Test
    void leaves_out_speculation_but_keeps_a_stated_plan() {
        assertThat(read("Zelensky warned the number of North Korean troops may grow to 100,000.")).isEmpty();
        assertThat(only("The number of North Korean troops could reach about 10,000 by December, Seoul said.").interval().low())
            .isEqualTo(9_000L);
    }

    @Test
    void leaves_out_a_count_far_above_every_estimate_when_it_does_not_name_the_subject() {
        assertThat(read("North Korea has one of the biggest militaries, with around 1.2 million active soldiers.")).isEmpty();
    }

    @Test
    void leaves_out_increments_and_captives() {
        assertThat(read("Officials said 2,000 more North Korean troops arrived this week.")).isEmpty();
        assertThat(read("Seoul said another 1,500 North Korean soldiers had left.")).isEmpty();
        assertThat(read("Kyiv said it had captured two North Korean soldiers.")).isEmpty();
    }

    @Test
    void a_source_that_introduces_later_figures_does_not_own_the_ones_before_it() {
        List<CountClaim> claims = read("Seoul has put 3,000 North Korean troops in Russia so far, while Kyiv said on Monday"
            + " that 12,000 North Korean soldiers were coming.");
        assertThat(claims).extracting(CountClaim::source).containsExactly("South Korea", "Ukraine");
    }

    @Test
    void a_past_date_in_the_figures_own_clause_marks_it_as_earlier() {
        List<CountClaim> claims = read("The NIS believes 3,000 North Korean soldiers were sent in October, and the"
            + " total will reach about 10,000 by December.");
        assertThat(claims).extracting(CountClaim::earlier).containsExactly(true, false);
    }

    @Test
    void reads_nothing_when_the_sheet_has_no_estimates() {
        var none = new SheetFixture().names("North Korean troops | North Korean soldiers").facts();
        assertThat(new CountReader().read(SheetFixture.document("3,000 North Korean soldiers.", "2024-10-26"), none)).isEmpty();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sheet source right before a bare number in a clause whose verb and noun are left out ("the
 * agency counted 900 passengers in Norland, the union 1,400"): the count before it, by that source.
 * Sentences written for this test.
 */
class GappedSourceTest {

    /** Topics: the subject, its other spellings, and the noun an article counts it with. */
    private static final List<String[]> TOPICS = List.of(new String[] {"ferry passengers", "passengers", "passengers"},
        new String[] {"job cuts", "layoffs, job losses", "job losses"}, new String[] {"strikers", "striking workers", "strikers"});

    private static Facts sheet(String subject, String spellings) {
        SheetFixture f = new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency",
            "Dock Union | the union, union, the unions", "Norland | ", "Vesterby | ");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Vesterby | "));
        b.estimates(subject, f.table("source | as of | where | count", "Harbour Agency | 2031-05-01 | Norland | 900",
            "Dock Union | 2031-05-01 | Norland | 1,400", "Harbour Agency | 2031-05-01 | Vesterby | 300"));
        return f.facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream().map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.source() + " " + c.where()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The agency counted 900 %s in Norland, the union 1,400.",
        "The agency counted 900 %s in Norland and the union 1,400.",
        "In Norland, the agency reported 900 %s; the union 1,400.",
        "In Norland, the agency put the number of %s at 900, the union at 1,400.",
        "In Norland the agency's count of %s was 900 and the union's count 1,400.",
        "In Norland the agency's count of %s was 900 and the unions' count 1,400."})
    void the_gapped_figure_is_its_sources_in_the_place_of_the_clause_before_whatever_the_topic(String form) {
        for (String[] topic : TOPICS) {
            String text = form.formatted(topic[2]);
            assertThat(read(sheet(topic[0], topic[1]), text)).as(text)
                .containsExactly("900 Harbour Agency Norland", "1400 Dock Union Norland");
        }
    }

    @Test
    void a_place_of_its_own_locates_the_gapped_figure() {
        for (String[] topic : TOPICS) {
            String text = "The union counted 1,400 " + topic[2] + " in Norland, the agency 300 in Vesterby.";
            assertThat(read(sheet(topic[0], topic[1]), text)).as(text)
                .containsExactly("1400 Dock Union Norland", "300 Harbour Agency Vesterby");
        }
    }

    @Test
    void without_a_count_before_it_a_source_and_a_number_make_no_gapped_clause() {
        Facts facts = sheet("ferry passengers", "passengers");
        assertThat(read(facts, "Officials from the union 1,400 kilometres away said nothing.")).isEmpty();
        assertThat(read(facts, "The agency counted 900 passengers in Norland, the union 14 buses.")).containsExactly(
            "900 Harbour Agency Norland");
    }
}

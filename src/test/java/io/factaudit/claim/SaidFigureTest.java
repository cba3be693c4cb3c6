package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bare number said or given by a sheet source after a count of the paragraph ("Police say 900 passengers
 * were stranded in Norland. The union says 1,400"): that count's subject and place, the new source's figure.
 * Sentences written for this test.
 */
class SaidFigureTest {

    /** Topics: the subject, its other spellings, and a clause that counts it. */
    private static final List<String[]> TOPICS = List.of(
        new String[] {"stranded passengers", "passengers stranded, stranded", "900 passengers were stranded"},
        new String[] {"job cuts", "jobs cut, job losses, layoffs", "900 jobs were cut"},
        new String[] {"strikers", "workers on strike, walked out", "900 workers walked out"});

    private static Facts sheet(String subject, String spellings) {
        SheetFixture f = new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency",
            "Dock Union | the union", "Norland | ", "Vesterby | ");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Vesterby | "));
        b.estimates(subject, f.table("source | as of | where | count", "Harbour Agency | 2031-05-01 | Norland | 900",
            "Dock Union | 2031-05-01 | Norland | 1,400", "Dock Union | 2031-05-01 | | 3,000"));
        return f.facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream().map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.source() + " " + c.where()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The union says 1,400.", "The union said 1,400.", "The union, which called the strike, gave 1,400.",
        "The union has counted 1,400.", "The union estimates 1,400, a figure the agency disputes.", "But the union reports only 1,400."})
    void the_answer_of_another_source_is_its_figure_of_the_same_count_whatever_the_verb_and_topic(String answer) {
        for (String[] topic : TOPICS) {
            String text = "According to the agency, " + topic[2] + " in Norland. " + answer;
            assertThat(read(sheet(topic[0], topic[1]), text)).as(text)
                .containsExactly("900 Harbour Agency Norland", "1400 Dock Union Norland");
        }
    }

    @Test
    void a_place_or_whole_of_its_own_is_kept() {
        for (String[] topic : TOPICS) {
            Facts facts = sheet(topic[0], topic[1]);
            String text = "According to the agency, " + topic[2] + " in Norland. In Vesterby, the union counted 300.";
            assertThat(read(facts, text)).as(text).containsExactly("900 Harbour Agency Norland", "300 Dock Union Vesterby");
        }
    }

    @Test
    void a_number_that_opens_a_clause_of_its_own_or_has_no_count_before_it_is_no_answer() {
        Facts facts = sheet("stranded passengers", "passengers stranded, stranded");
        assertThat(read(facts, "According to the agency, 900 passengers were stranded in Norland. The union said 14 ferries were late."))
            .containsExactly("900 Harbour Agency Norland");
        assertThat(read(facts, "The harbour reopened in Norland. The union said 1,400.")).isEmpty();
    }
}

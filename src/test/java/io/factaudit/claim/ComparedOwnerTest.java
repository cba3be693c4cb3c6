package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare figure compared to the count before it after the possessive of a sheet source ("against the
 * agency's 900"): a count of the same subject and place, and the owner's. Sentences written for this test.
 */
class ComparedOwnerTest {

    private static Facts sheet(String subject, String spellings) {
        SheetFixture f = new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency",
            "Dock Union | the union", "Norland | ");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | "));
        b.estimates(subject, f.table("source | as of | where | count", "Harbour Agency | 2031-05-01 | Norland | 900",
            "Dock Union | 2031-05-01 | Norland | 1,400"));
        return f.facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream().map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.source() + " " + c.where()).toList();
    }

    @Test
    void the_compared_figure_is_the_owners_in_the_same_place_whatever_the_topic_and_comparison() {
        for (String[] topic : List.of(new String[] {"ferry passengers", "passengers", "passengers"},
            new String[] {"job cuts", "layoffs, job losses", "job losses"}, new String[] {"strikers", "striking workers", "strikers"})) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String comparison : List.of("against", "versus", "compared with")) {
                String text = "In Norland, the Dock Union puts the number of " + topic[2] + " at 1,400, " + comparison
                    + " the agency's 900.";
                assertThat(read(facts, text)).as(text).containsExactly("1400 Dock Union Norland", "900 Harbour Agency Norland");
            }
        }
    }

    @Test
    void a_figure_after_a_possessive_that_is_no_source_of_the_sheet_is_not_read() {
        Facts facts = sheet("ferry passengers", "passengers");
        assertThat(read(facts, "In Norland, the Dock Union puts the number of passengers at 1,400, against last year's 900."))
            .containsExactly("1400 Dock Union Norland");
    }
}

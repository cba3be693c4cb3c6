package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bare number cited to a sheet source right after it, in a list or timeline that counted a subject
 * before it ("May 2 — 1,400 according to the union, 900 (agency)"). Lines written for this test.
 */
class CitedFigureTest {

    /** Topics: the subject, its other spellings, and the noun a line counts it with. */
    private static final List<String[]> TOPICS = List.of(new String[] {"stranded passengers", "passengers", "passengers"},
        new String[] {"job cuts", "layoffs, job losses", "job losses"}, new String[] {"strikers", "striking workers", "strikers"});

    private static Facts sheet(String subject, String spellings) {
        SheetFixture f = new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency, agency",
            "Dock Union | the union, union", "Norland | ");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | "));
        b.estimates(subject, f.table("source | as of | where | count", "Harbour Agency | 2031-05-01 | | 900",
            "Dock Union | 2031-05-01 | | 1,400", "Dock Union | 2031-05-02 | | 2,000", "Harbour Agency | 2031-05-02 | | 1,100"));
        return f.facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream().map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2,000 according to the union, 1,100 according to the agency.", "2,000 (union), 1,100 (agency).",
        "2,000 by the union's count, 1,100 by the agency's.", "2,000 by the union's, 1,100 by the agency's count."})
    void a_figure_cited_after_it_counts_what_the_list_counted_whatever_the_topic_and_citation(String line) {
        for (String[] topic : TOPICS) {
            String text = "How the week went:\nMay 1 \u2014 1,400 " + topic[2] + " according to the union, 900 according to the agency.\n"
                + "May 2 \u2014 Second day: " + line + "\n";
            assertThat(read(sheet(topic[0], topic[1]), text)).as(text)
                .containsExactly("1400 Dock Union", "900 Harbour Agency", "2000 Dock Union", "1100 Harbour Agency");
            String withLine = text.replace("May 2 \u2014", "May 1 \u2014 The ferries stop at noon.\nMay 2 \u2014");
            assertThat(read(sheet(topic[0], topic[1]), withLine)).as(withLine)
                .containsExactly("1400 Dock Union", "900 Harbour Agency", "2000 Dock Union", "1100 Harbour Agency");
        }
    }

    @Test
    void a_blank_line_ends_the_list() {
        Facts facts = sheet("stranded passengers", "passengers");
        assertThat(read(facts, "May 1 \u2014 1,400 passengers according to the union.\n\nMay 2 \u2014 2,000 according to the union.\n"))
            .containsExactly("1400 Dock Union");
    }

    @Test
    void a_figure_cited_to_no_source_of_the_subject_or_with_nothing_counted_before_is_not_read() {
        Facts facts = sheet("stranded passengers", "passengers");
        assertThat(read(facts, "The ferries ran late.\nMay 2 \u2014 2,000 according to the union.\n")).isEmpty();
        assertThat(read(facts, "May 1 \u2014 1,400 passengers according to the union.\nMay 2 \u2014 2,000 according to the mayor.\n"))
            .containsExactly("1400 Dock Union");
    }
}

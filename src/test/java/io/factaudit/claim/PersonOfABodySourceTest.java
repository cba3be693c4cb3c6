package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person the sheet names without estimates, tied to a body by a preposition right after the name ("Ada
 * Varg of the Harbour Agency", "Ada Varg at the agency"), gives that body's figure: in the same sentence, by
 * the name alone later, or by a pronoun; whatever the verb of saying, the preposition, the topic. A body
 * without estimates leaves the person as the source. Two invented topics; sentences written for this test.
 */
class PersonOfABodySourceTest {

    /** An invented topic: its subject, the body with estimates and a word for it, the person, a figure. */
    private record Topic(Facts facts, String body, String bodyWord, String person, String surname, String counted) {
    }

    private static final Topic FERRIES = new Topic(new SheetFixture()
        .names("ferries cancelled | cancelled, cancellations", "Harbour Agency | the agency",
            "Lake Board | the board", "Ada Varg | Varg")
        .estimates("ferries cancelled", "Harbour Agency | 2031-04-02 | 46")
        .facts(), "Harbour Agency", "the agency", "Ada Varg", "Varg", "46 ferries were cancelled");

    private static final Topic MINES = new Topic(new SheetFixture()
        .names("miners trapped | trapped, trapped miners", "Mine Safety Office | the office",
            "Ore Union | the union", "Tor Lindahl | Lindahl")
        .estimates("miners trapped", "Mine Safety Office | 2031-04-02 | 46")
        .facts(), "Mine Safety Office", "the office", "Tor Lindahl", "Lindahl", "46 miners remained trapped");

    private static final List<String> VERBS = List.of("said", "told reporters", "confirmed", "estimated", "reported");
    private static final List<String> TIES = List.of("of", "at", "from", "with");

    private static String sourceOf(Topic t, String text) {
        List<CountClaim> read = new CountReader().read(SheetFixture.document(text, "2031-04-03"), t.facts()).stream()
            .map(CountClaim.class::cast).filter(c -> c.text().contains("46")).toList();
        assertThat(read).as(text).hasSize(1);
        return read.get(0).source();
    }

    @Test
    void a_person_of_a_body_gives_its_figure_in_the_sentence_by_name_alone_and_by_pronoun() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Topic t : List.of(FERRIES, MINES)) {
            for (String verb : VERBS) {
                for (String tie : TIES) {
                    String named = t.person() + " " + tie + " the " + t.body();
                    for (String text : List.of(
                        named + " " + verb + " that " + t.counted() + " on Thursday.",
                        named + " spoke at noon. " + t.surname() + " " + verb + " that " + t.counted() + " on Thursday.",
                        named + " spoke at noon. On Thursday, " + t.counted() + ", she " + verb + ".")) {
                        tried++;
                        if (!t.body().equals(sourceOf(t, text))) {
                            wrong.add(text + " -> " + sourceOf(t, text));
                        }
                    }
                }
            }
        }
        assertThat(tried).isEqualTo(120);
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_body_without_estimates_leaves_the_person_the_source() {
        assertThat(sourceOf(FERRIES, "Ada Varg of the Lake Board spoke at noon. Varg said that 46 ferries were cancelled."))
            .isEqualTo("Ada Varg");
        assertThat(sourceOf(MINES, "Tor Lindahl from the Ore Union spoke at noon. Lindahl confirmed 46 miners remained trapped."))
            .isEqualTo("Tor Lindahl");
    }

    @Test
    void a_person_named_without_a_body_stays_the_source_and_one_the_sheet_does_not_name_gives_none() {
        assertThat(sourceOf(FERRIES, "Ada Varg said that 46 ferries were cancelled on Thursday.")).isEqualTo("Ada Varg");
        // a name the sheet does not list is tied to nothing: its figure has no sheet source
        assertThat(sourceOf(MINES, "Per Orr of the Mine Safety Office spoke at noon. Orr said 46 miners remained trapped."))
            .isNull();
    }
}

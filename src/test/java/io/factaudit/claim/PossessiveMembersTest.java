package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the observers' figure of about 1,500": a plural person noun in the possessive, held by a source's
 * spelling ("Harbour Watch monitors"), owns the figure for that source when the source was named
 * before; under another person noun, report noun, topic and number form. Sentences written for this test.
 */
class PossessiveMembersTest {

    /** A topic: its sheet (two sources, the second spelt with its members' noun), the member noun, the count noun. */
    private record Topic(Facts facts, String members, String noun) {
    }

    private static Topic topic(String subject, String spellings, String members, String noun) {
        Facts facts = new SheetFixture()
            .names(subject + " | " + spellings, "Port Authority | the authority", "Harbour Watch | Harbour Watch " + members)
            .estimates(subject, "Port Authority | 2031-02-01 | 2,100", "Harbour Watch | 2031-02-01 | about 1,500")
            .facts();
        return new Topic(facts, members, noun);
    }

    private static final List<Topic> TOPICS = List.of(
        topic("strikers", "strikers, went on strike, walked out", "monitors", "strikers"),
        topic("people evacuated", "evacuees, evacuated", "observers", "evacuees"));

    private static List<CountClaim> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-02-03"), facts).stream().map(CountClaim.class::cast).toList();
    }

    @Test
    void a_possessive_member_noun_owns_the_figure_for_its_source() {
        for (Topic t : TOPICS) {
            for (String report : List.of("figure", "tally", "estimate", "count")) {
                for (String number : List.of("about 1,500", "roughly 1,500")) {
                    String text = "Harbour Watch sent teams to the docks on Monday. The Port Authority counted 2,100 " + t.noun()
                        + ", while the " + t.members() + "' " + report + " of " + number + " " + t.noun() + " was lower.";
                    assertThat(read(t.facts(), text)).as(text)
                        .anyMatch(c -> c.interval().low() != null && c.text().contains("1,500") && "Harbour Watch".equals(c.source()));
                }
            }
        }
    }

    @Test
    void a_possessive_person_noun_no_source_holds_does_not_name_that_source() {
        Topic t = TOPICS.get(0);
        String text = "Harbour Watch sent teams to the docks on Monday. The Port Authority counted 2,100 strikers, while the"
            + " dockers' figure of about 1,500 strikers was lower.";
        assertThat(read(t.facts(), text)).as(text).filteredOn(c -> c.text().contains("1,500"))
            .noneMatch(c -> "Harbour Watch".equals(c.source()));
    }
}

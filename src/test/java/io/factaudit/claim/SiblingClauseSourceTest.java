package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Y said that X understated the damage, and that 2,400 ... would go": the figure of the second
 * that-clause is Y's, whatever the verb, the topic noun or the coordinator; a figure inside X's own
 * clause stays X's. Sentences written for this test.
 */
class SiblingClauseSourceTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("kiosks shut", "kiosks shut, kiosks closed, kiosks", "kiosks"),
        new Topic("ferries idle", "ferries idle, idle ferries, ferries", "ferries"));

    private static final List<String> SAID = List.of("said", "argued", "warned", "stated", "told members");

    private static final List<String> SECOND = List.of(", and that", ", but that", " and that", "; and that");

    private static Facts sheet(Topic topic) {
        return new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Dock Union | the union",
            "Harlen Transit | Harlen, the operator").estimates(topic.subject(), "Dock Union | 2031-01-05 | 2,400",
            "Harlen Transit | 2031-01-05 | 1,800").facts();
    }

    private static List<String> sources(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void a_figure_in_a_coordinated_that_clause_is_the_speakers() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : SAID) {
                for (String and : SECOND) {
                    String text = "The union " + verb + " on Monday that the operator was understating the damage" + and
                        + " 2,400 " + topic.noun() + " would be affected.";
                    if (!sources(facts, text).equals(List.of("2400 Dock Union"))) {
                        failures.add(text + " -> " + sources(facts, text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_figure_in_the_inner_speakers_own_clause_stays_theirs() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : SAID) {
                String text = "The union " + verb + " on Monday that the operator had counted 1,800 " + topic.noun()
                    + " and that the real figure was higher.";
                if (!sources(facts, text).equals(List.of("1800 Harlen Transit"))) {
                    failures.add(text + " -> " + sources(facts, text));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

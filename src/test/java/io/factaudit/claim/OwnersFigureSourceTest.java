package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Y said the X's estimate of 1,800 ... was too low": the figure is X's, whose estimate it is, not Y's,
 * who speaks of it, under another verb of saying, noun of figures and topic noun; "Y told the X that
 * 2,400 ..." still makes X the one spoken to. Sentences written for this test.
 */
class OwnersFigureSourceTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("kiosks shut", "kiosks shut, kiosks closed, kiosks", "kiosks"),
        new Topic("ferries idle", "ferries idle, idle ferries, ferries", "ferries"));

    private static final List<String> SAID = List.of("said", "argued", "stated", "insisted");

    private static final List<String> FIGURES = List.of("estimate", "figure", "count", "tally");

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
    void the_owner_of_the_figure_spoken_of_is_its_source() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : SAID) {
                for (String figure : FIGURES) {
                    String text = "The union " + verb + " the operator's " + figure + " of 1,800 " + topic.noun() + " was too low.";
                    if (!sources(facts, text).equals(List.of("1800 Harlen Transit"))) {
                        failures.add(text + " -> " + sources(facts, text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_one_spoken_to_is_still_no_source() {
        for (Topic topic : TOPICS) {
            String text = "The union told the operator that 2,400 " + topic.noun() + " were affected.";
            assertThat(sources(sheet(topic), text)).as(text).containsExactly("2400 Dock Union");
        }
    }
}

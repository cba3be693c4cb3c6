package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name of the sheet modifying the counted noun names the owner of what is counted ("310 Harlen
 * Transit kiosks", "310 Harlen ferries"), not another force: the count is read, and whose figure it is
 * stays with the one who says it. Another topic noun, spelling of the owner and verb of saying keep the
 * reading; a capitalized modifier the sheet does not name still sets the number aside. Sentences
 * written for this test.
 */
class OwnerModifierTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("kiosks shut", "kiosks shut, kiosks closed, kiosks", "kiosks"),
        new Topic("ferries idle", "ferries idle, idle ferries, ferries", "ferries"));

    private static final List<String> OWNERS = List.of("Harlen Transit", "Harlen");

    private static final List<String> SAID = List.of("said", "reported", "stated", "told reporters");

    private static Facts sheet(Topic topic) {
        return new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Dock Union | the union",
            "Harlen Transit | Harlen").estimates(topic.subject(), "Dock Union | 2031-01-05 | 310",
            "Harlen Transit | 2031-01-05 | 280").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void an_owner_of_the_sheet_before_the_counted_noun_is_no_other_force() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String owner : OWNERS) {
                for (String verb : SAID) {
                    String text = "The union " + verb + " 310 " + owner + " " + topic.noun() + " were affected on Monday.";
                    if (!read(facts, text).equals(List.of("310 Dock Union"))) {
                        failures.add(text + " -> " + read(facts, text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_capitalized_modifier_the_sheet_does_not_name_is_another_force() {
        for (Topic topic : TOPICS) {
            String text = "The union said 310 Torvik " + topic.noun() + " were affected on Monday.";
            assertThat(read(sheet(topic), text)).as(text).isEmpty();
        }
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place of the sheet written as a modifier of the counted noun ("1,150 Marlow County layoffs",
 * "310 new Vesterby wells") locates the count and is no other force, under another place, topic noun,
 * verb of saying and clause order; a capitalized modifier the sheet does not keep as a place still
 * names another force. Sentences written for this test.
 */
class PlaceModifierInvarianceTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("wells dry", "wells dry, dry wells, wells", "wells"),
        new Topic("bridges shut", "bridges shut, bridges closed, bridges", "bridges"));

    /** A place as written, and the sheet place it names. */
    private static final List<List<String>> PLACES = List.of(List.of("Ostland", "Ostland"),
        List.of("Marlow County", "Marlow County"), List.of("Marlow", "Marlow County"), List.of("Vesterby", "Vesterby"));

    private static final List<String> SAID = List.of("said", "reported", "told reporters", "stated");

    private static final List<String> FORMS = List.of(
        "The Water Board {V} 310 {P} {N} were affected.",
        "The Water Board {V} 310 new {P} {N} on Monday.",
        "Some 310 {P} {N} were affected, the Water Board {V}.",
        "Board counts 310 {P} {N}");

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture();
        sheet.names(topic.subject() + " | " + topic.spellings(), "Water Board | board", "Ostland | ", "Marlow County | Marlow",
            "Vesterby | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
        return sheet.estimates(topic.subject(), "Water Board | 2031-01-05 | 400").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.where() + " " + c.source()).toList();
    }

    @Test
    void a_place_modifying_the_counted_noun_locates_the_count() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (List<String> place : PLACES) {
                for (String verb : SAID) {
                    for (String form : FORMS) {
                        String text = form.replace("{P}", place.get(0)).replace("{V}", verb).replace("{N}", topic.noun());
                        cases++;
                        if (!read(facts, text).equals(List.of(place.get(1) + " Water Board"))) {
                            failures.add(text + " -> " + read(facts, text));
                        }
                    }
                }
            }
        }
        assertThat(failures).as("%d of %d sentences", failures.size(), cases).isEmpty();
    }

    @Test
    void a_capitalized_modifier_the_sheet_keeps_no_place_for_is_another_force() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : SAID) {
                String text = "The Water Board " + verb + " 310 Tollon " + topic.noun() + " were affected.";
                if (!read(facts, text).isEmpty()) {
                    failures.add(text + " -> " + read(facts, text));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place the figure comes with: "X was the hardest-hit town, with 36 ...", "followed by X with 36".
 * The place stays under another place, topic noun, verb of saying and form of the clause; a locative
 * phrase after the number, or a "with" after a name that is no place, says otherwise. Sentences
 * written for this test.
 */
class PlaceWithInvarianceTest {

    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("wells dry", "wells dry, dry wells, wells", "wells"),
        new Topic("bridges shut", "bridges shut, bridges closed, bridges", "bridges"));

    private static final List<String> PLACES = List.of("Ostland", "Marlow County", "Vesterby");

    private static final List<String> SAID = List.of("said", "reported", "told reporters", "stated");

    private static final List<String> SUBJECT_WITH = List.of(
        "{P} was the hardest-hit district, with 36 {N}, the Water Board {V}.",
        "{P} was hit hardest, with 36 {N}, the Water Board {V}.",
        "{P} fared worst with 36 {N}, the Water Board {V}.",
        "The Water Board {V} that {P} was the worst-affected area, with 36 {N}.");

    private static final List<String> RANKED = List.of(
        "The Water Board {V} that Tollon had 90 {N}, followed by {P} with 36.",
        "Tollon had 90 {N}, followed by {P}, with 36, the Water Board {V}.");

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture();
        sheet.names(topic.subject() + " | " + topic.spellings(), "Water Board | board", "Ostland | ", "Marlow County | Marlow",
            "Vesterby | ", "Tollon | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Tollon |", "Marlow County | Ostland"));
        return sheet.estimates(topic.subject(), "Water Board | 2031-01-05 | 40").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.where() + " " + c.source()).toList();
    }

    @Test
    void the_place_a_figure_comes_with_locates_it_under_another_place_noun_verb_and_clause() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String place : PLACES) {
                for (String verb : SAID) {
                    for (String template : SUBJECT_WITH) {
                        String text = template.replace("{P}", place).replace("{V}", verb).replace("{N}", topic.noun());
                        cases++;
                        if (!read(facts, text).equals(List.of("36 " + place + " Water Board"))) {
                            failures.add(text + " -> " + read(facts, text));
                        }
                    }
                    for (String template : RANKED) {
                        String text = template.replace("{P}", place).replace("{V}", verb).replace("{N}", topic.noun());
                        cases++;
                        if (!read(facts, text).equals(List.of("90 Tollon Water Board", "36 " + place + " Water Board"))) {
                            failures.add(text + " -> " + read(facts, text));
                        }
                    }
                }
            }
        }
        assertThat(failures).as("%d of %d sentences", failures.size(), cases).isEmpty();
    }

    @Test
    void a_locative_after_the_number_or_a_with_after_no_place_says_otherwise() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : SAID) {
                String inTollon = "Ostland was the hardest-hit district, with 36 " + topic.noun() + " in Tollon, the Water Board " + verb + ".";
                if (!read(facts, inTollon).equals(List.of("36 Tollon Water Board"))) {
                    failures.add(inTollon + " -> " + read(facts, inTollon));
                }
                String noPlace = "The Water Board, with 36 " + topic.noun() + " on its list, " + verb + " the count was rising.";
                if (read(facts, noPlace).stream().anyMatch(r -> !r.startsWith("36 null"))) {
                    failures.add(noPlace + " -> " + read(facts, noPlace));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

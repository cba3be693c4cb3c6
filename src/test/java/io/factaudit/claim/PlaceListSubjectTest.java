package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of places as the subject ("Ostland and Vesterby each confirmed 36 ...") puts the count in no
 * one place (the sentence reader's and the headline-form pass's rules alike), under another verb, topic noun and list; a place that opens its own coordinated clause
 * ("... and Vesterby has 36") still locates it. Sentences written for this test.
 */
class PlaceListSubjectTest {

    private static final List<List<String>> TOPICS = List.of(List.of("wells dry", "wells dry, dry wells, wells", "wells"),
        List.of("bridges shut", "bridges shut, bridges closed, bridges", "bridges"));

    private static final List<String> LISTS = List.of("Ostland and Vesterby", "Tollon, Vesterby and Marlow County",
        "Vesterby or Ostland");

    private static final List<String> VERBS = List.of("each confirmed", "have", "now count", "reported");

    private static Facts sheet(List<String> topic) {
        SheetFixture sheet = new SheetFixture();
        sheet.names(topic.get(0) + " | " + topic.get(1), "Water Board | board", "Ostland | ", "Marlow County | Marlow",
            "Vesterby | ", "Tollon | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Tollon |", "Marlow County | Ostland"));
        return sheet.estimates(topic.get(0), "Water Board | 2031-01-05 | 40").facts();
    }

    private static List<String> where(Facts facts, String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.where()).toList();
    }

    @Test
    void a_list_of_places_as_the_subject_is_no_one_place() {
        List<String> failures = new ArrayList<>();
        for (List<String> topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String list : LISTS) {
                for (String verb : VERBS) {
                    String text = list + " " + verb + " 36 " + topic.get(2) + ", the Water Board said.";
                    if (!where(facts, text).equals(List.of("36 null"))) {
                        failures.add(text + " -> " + where(facts, text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_place_opening_its_own_coordinated_clause_locates_its_count() {
        for (List<String> topic : TOPICS) {
            String text = "Ostland has 40 " + topic.get(2) + " and Vesterby has 36, the Water Board said.";
            assertThat(where(sheet(topic), text)).as(text).contains("36 Vesterby");
        }
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a count of people who move is put: the place a verb of motion takes them into ("arrived in X",
 * "have entered X", "crossed into X"), under another topic noun (with a matching sheet), another
 * verb of arriving and another place; none for a list of places counted together, nor for where
 * they left. Sentences generated from templates written for this test.
 */
class PlaceOfMotionInvarianceTest {

    /** A topic: the sheet's subject and its spellings, and the plural noun the sentences count. */
    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("refugees", "refugee, asylum seekers", "refugees"),
        new Topic("migrants", "migrant, new arrivals", "migrants"),
        new Topic("people evacuated", "evacuees, evacuated", "evacuees"),
        new Topic("visitors", "visitor, tourists", "visitors"));

    private static final List<String> PLACES = List.of("Ostland", "Marlow County", "Vesterby");

    /** Verbs of WordNet's verb.motion file that end the motion inside the place. */
    private static final List<String> INTO = List.of("have arrived in", "have entered", "entered", "have crossed into",
        "fled into", "have moved into", "were taken into");

    /** Verbs of motion away from the place: it is where they were, not where they are. */
    private static final List<String> AWAY = List.of("have left", "fled", "have departed from", "escaped from");

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Health Board | board",
            "Ostland | ", "Marlow County | Marlow", "Vesterby | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
        return sheet.estimates(topic.subject(), "Health Board | 2031-01-05 | 40").facts();
    }

    private static List<String> whereRead(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.where()).toList();
    }

    @Test
    void a_verb_of_motion_into_a_place_puts_the_count_there_whatever_the_topic_verb_and_place() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String place : PLACES) {
                for (String verb : INTO) {
                    for (String text : List.of(
                        "The Health Board said 36 " + topic.noun() + " " + verb + " " + place + " since Monday.",
                        "36 " + topic.noun() + " " + verb + " " + place + " since Monday, the Health Board said.")) {
                        cases++;
                        List<String> read = whereRead(facts, text);
                        if (!read.equals(List.of("36 " + place))) {
                            failures.add(text + " -> " + read);
                        }
                    }
                }
            }
        }
        assertThat(failures).as("%d of %d sentences", failures.size(), cases).isEmpty();
    }

    @Test
    void a_part_told_by_into_takes_its_place_and_the_whole_none() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String place : PLACES) {
                String text = "The Health Board said 90 " + topic.noun() + " had come since Monday, 36 of them into " + place
                    + " and 54 into Tollon.";
                List<String> read = whereRead(facts, text);
                if (!read.contains("36 " + place) || !read.contains("90 null")) {
                    failures.add(text + " -> " + read);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_list_of_places_is_no_one_place_nor_is_the_place_they_left() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String verb : INTO) {
                String text = "The Health Board said 36 " + topic.noun() + " " + verb + " Ostland and Vesterby since Monday.";
                if (!whereRead(facts, text).equals(List.of("36 null"))) {
                    failures.add(text + " -> " + whereRead(facts, text));
                }
            }
            for (String verb : AWAY) {
                String text = "The Health Board said 36 " + topic.noun() + " " + verb + " Vesterby since Monday.";
                if (!whereRead(facts, text).equals(List.of("36 null"))) {
                    failures.add(text + " -> " + whereRead(facts, text));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

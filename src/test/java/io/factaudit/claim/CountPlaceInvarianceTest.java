package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a count is read stays the same under another place, another topic noun (with a matching
 * sheet), another verb and another clause order, and goes away for a place the sheet does not keep
 * and for a dateline. Sentences generated from templates written for this test.
 */
class CountPlaceInvarianceTest {

    /** A topic: the sheet's subject and its spellings, and the plural noun the sentences count. */
    private record Topic(String subject, String spellings, String noun) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("measles cases", "cases, infections", "cases"),
        new Topic("storm deaths", "deaths, dead, died", "deaths"),
        new Topic("people evacuated", "evacuees, evacuated", "evacuees"),
        new Topic("job cuts", "layoffs, job losses", "layoffs"));

    private static final List<String> PLACES = List.of("Ostland", "Marlow County", "Vesterby");

    private static final List<String> VERBS = List.of("has", "now has", "recorded", "has recorded", "counts", "reports", "confirmed");

    /** The verbs said of the one who counts, not of the place that has the count. */
    private static final List<String> REPORTING = List.of("recorded", "has recorded", "counts", "reports", "confirmed");

    private static final List<String> TEMPLATES = List.of(
        "{P} {V} 36 {N}, the Health Board said.",
        "The Health Board said {P} {V} 36 {N}.",
        "In {P}, the Health Board said it {V} 36 {N}.",
        "The Health Board {V} 36 {N} in {P} on Monday.",
        "The Health Board said on Monday that {P} {V} 36 {N}.");

    private static Facts sheet(Topic topic, boolean withPlaces) {
        SheetFixture sheet = new SheetFixture();
        if (withPlaces) {
            sheet.names(topic.subject() + " | " + topic.spellings(), "Health Board | board", "Ostland | ", "Marlow County | Marlow",
                "Vesterby | ");
            sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
        } else {
            sheet.names(topic.subject() + " | " + topic.spellings(), "Health Board | board");
        }
        return sheet.estimates(topic.subject(), "Health Board | 2031-01-05 | 40").facts();
    }

    private static List<String> whereRead(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.where()).toList();
    }

    @Test
    void the_place_stays_under_another_place_topic_noun_verb_and_clause_order() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic, true);
            for (String template : TEMPLATES) {
                for (String place : PLACES) {
                    for (String verb : template.startsWith("The Health Board {V}") ? REPORTING : VERBS) {
                        String text = template.replace("{P}", place).replace("{V}", verb).replace("{N}", topic.noun());
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

    private static final List<String> PARTITIONS = List.of(
        "The Health Board {V} 90 {N}, 36 of them in {P}.",
        "The Health Board {V} 90 {N}, including 36 in {P} and 12 in Tollon.",
        "The Health Board {V} 90 {N}: 36 in {P}, 12 in Tollon.",
        "The Health Board {V} 36 {N}, all in {P}.");

    @Test
    void a_part_of_a_count_takes_its_own_place_and_the_whole_none() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic, true);
            for (String template : PARTITIONS) {
                for (String place : PLACES) {
                    for (String verb : REPORTING) {
                        String text = template.replace("{P}", place).replace("{V}", verb).replace("{N}", topic.noun());
                        List<String> read = whereRead(facts, text);
                        if (!read.contains("36 " + place) || read.stream().anyMatch(r -> r.startsWith("90 ") && !r.equals("90 null"))) {
                            failures.add(text + " -> " + read);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_place_the_sheet_does_not_keep_a_dateline_or_a_sheet_without_places_locate_nothing() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic, true);
            for (String verb : REPORTING) {
                for (String text : List.of("Tollon " + verb + " 36 " + topic.noun() + ", the Health Board said.",
                    "VESTERBY, Ostland (Wire) \u2014 The Health Board " + verb + " 36 " + topic.noun() + " on Monday.")) {
                    List<String> read = whereRead(facts, text);
                    if (!read.equals(List.of("36 null"))) {
                        failures.add(text + " -> " + read);
                    }
                }
                String located = "Vesterby " + verb + " 36 " + topic.noun() + ", the Health Board said.";
                if (!whereRead(sheet(topic, false), located).equals(List.of("36 null"))) {
                    failures.add("no places: " + located + " -> " + whereRead(sheet(topic, false), located));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}

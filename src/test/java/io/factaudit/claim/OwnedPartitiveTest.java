package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partitives the noun group alone does not read: "N of the region's cases" (an owner between the
 * determiner and what is counted), "Of those evacuated, N ..." (a fronted pronoun and what the subject
 * says of them, with or without a count before it), and the place of such a part when a fronted place
 * holds the place of the clause ("In the county, X has N of its cases"). Sentences invented for this test.
 */
class OwnedPartitiveTest {

    /** A topic: subject and spellings, a noun of what is counted, a participle said of what is counted. */
    private record Topic(String subject, String spellings, String noun, String participle) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("storm deaths", "deaths, dead, died, killed", "dead", "killed"),
        new Topic("people evacuated", "evacuees, evacuated", "evacuees", "evacuated"),
        new Topic("measles cases", "cases, infections, infected", "cases", "infected"));

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Health Board | board",
            "Marsh County | the county", "Harlow | ", "Denton | ");
        sheet.builder().places(sheet.table("place | within", "Marsh County |", "Harlow | Marsh County", "Denton | Marsh County"));
        return sheet.estimates(topic.subject(), "Health Board | 2031-01-05 | 40").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.subject() + " " + c.source() + " " + c.where()).toList();
    }

    @Test
    void a_part_of_an_owners_count_is_read_whatever_the_owner_the_adjective_and_the_number_form() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            for (String owner : List.of("the region's", "the province's", "the board's", "the country's")) {
                for (String adjective : List.of("", "confirmed ", "recorded ")) {
                    for (String part : List.of("12", "twelve")) {
                        String text = "Harlow has " + part + " of " + owner + " " + adjective + topic.noun() + ", the Health Board said.";
                        List<String> read = read(sheet(topic), text);
                        if (!read.equals(List.of("12 " + topic.subject() + " Health Board Harlow"))) {
                            failures.add(text + " -> " + read);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void an_owner_before_a_noun_the_sheet_does_not_count_leaves_no_part() {
        Facts facts = sheet(TOPICS.get(2));
        String text = "Harlow has 12 of the region's clinics, the Health Board said.";
        assertThat(read(facts, text)).isEmpty();
    }

    @Test
    void a_fronted_those_with_what_the_subject_says_of_them_is_a_part_with_or_without_a_count_before() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            for (String verb : List.of("were in", "lived in", "were recorded in")) {
                for (String[] place : List.of(new String[] {"Harlow", "Harlow"}, new String[] {"Denton", "Denton"})) {
                    String alone = "Of those " + topic.participle() + ", 12 " + verb + " " + place[1] + ", the Health Board said.";
                    if (!read(sheet(topic), alone).equals(List.of("12 " + topic.subject() + " Health Board " + place[0]))) {
                        failures.add(alone + " -> " + read(sheet(topic), alone));
                    }
                    String after = "The Health Board counted 40 " + topic.noun() + " in Marsh County. " + alone.replace(", the Health Board said", "");
                    List<String> expected = List.of("40 " + topic.subject() + " Health Board Marsh County",
                        "12 " + topic.subject() + " Health Board " + place[0]);
                    if (!read(sheet(topic), after).equals(expected)) {
                        failures.add(after + " -> " + read(sheet(topic), after));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_fronted_those_with_words_the_subject_does_not_say_is_no_count_of_it() {
        Facts facts = sheet(TOPICS.get(1));
        assertThat(read(facts, "Of those surveyed, 12 lived in Harlow, the Health Board said.")).isEmpty();
    }

    @Test
    void a_place_within_the_fronted_place_nearer_the_number_is_the_parts_place() {
        for (Topic topic : TOPICS) {
            for (String opening : List.of("In Marsh County, ", "Inside Marsh County, ", "Across the county, ")) {
                String text = opening + "Harlow has 12 of the county's " + topic.noun() + ", the Health Board said.";
                assertThat(read(sheet(topic), text)).as(text).containsExactly("12 " + topic.subject() + " Health Board Harlow");
            }
        }
        String denton = "In Marsh County, 12 " + TOPICS.get(2).noun() + " were recorded, the Health Board said.";
        assertThat(read(sheet(TOPICS.get(2)), denton)).containsExactly("12 measles cases Health Board Marsh County");
    }
}

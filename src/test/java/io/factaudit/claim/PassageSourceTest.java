package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose and what a count is when the passage says it: a place that reports or is the clause's subject
 * names no source of its own, so the source cited before it in the paragraph goes on ("B has now
 * recorded 12 deaths, C seven"); a part keeps its whole's source; a partitive of a number set aside is
 * no claim; a count noun goes on counting what the paragraph before counted. Two invented topics,
 * sentences written for this test.
 */
class PassageSourceTest {

    /** A topic: its sheet, its source as the articles cite it, its count noun, a verb of what a place counts. */
    private record Topic(Facts facts, String source, String cited, String noun, String whole) {
    }

    private static Facts sheet(String subject, String spellings, String source) {
        SheetFixture sheet = new SheetFixture().names(subject + " | " + spellings, source + " | ",
            "Ostland | ", "Vesterby | ", "Marlow County | Marlow");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County |"));
        return sheet.estimates(subject, source + " | 2031-01-05 | 90").facts();
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic(sheet("storm deaths", "deaths, dead, died, killed, death toll", "Rescue Service"), "Rescue Service",
            "the Rescue Service", "deaths", "The storm's death toll rose to 90, the Rescue Service said.\n\n"),
        new Topic(sheet("measles cases", "cases, infections, case count", "Health Board"), "Health Board",
            "the Health Board", "cases", "The measles case count rose to 90, the Health Board said.\n\n"));

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source() + " " + c.where()).toList();
    }

    @Test
    void a_place_that_counts_names_no_source_and_the_paragraphs_source_goes_on_to_its_list() {
        for (Topic t : TOPICS) {
            for (String verb : List.of("has now recorded", "has", "reported", "has confirmed")) {
                for (String saying : List.of("said", "stressed", "told reporters")) {
                    String text = t.whole() + "Crews worked through the night, " + t.cited() + " " + saying + ". Vesterby " + verb + " 52 "
                        + t.noun() + ", Marlow County 14 and Ostland nine.";
                    assertThat(read(t.facts(), text)).as(text).contains("52 " + t.source() + " Vesterby",
                        "14 " + t.source() + " Marlow County", "9 " + t.source() + " Ostland");
                }
            }
        }
    }

    @Test
    void a_partitive_of_a_number_set_aside_is_no_claim_and_of_a_count_read_is_one() {
        for (Topic t : TOPICS) {
            String aside = t.whole() + "Teams found 40 more " + t.noun() + " on Monday, " + t.cited() + " said. Twelve of the " + t.noun()
                + " were in Vesterby.";
            assertThat(read(t.facts(), aside)).as(aside).noneMatch(c -> c.startsWith("12 "));
            String read = t.whole() + "Teams have found 40 " + t.noun() + " in all, " + t.cited() + " said. Twelve of the " + t.noun()
                + " were in Vesterby.";
            assertThat(read(t.facts(), read)).as(read).contains("12 " + t.source() + " Vesterby");
        }
    }

    @Test
    void a_count_noun_goes_on_counting_what_the_paragraph_before_counted() {
        Topic t = TOPICS.get(0);
        String text = "The death toll rose to 31, the Rescue Service said.\n\nDivers searched the harbour, the Rescue Service said. "
            + "Vesterby has now recorded 12 deaths.";
        assertThat(read(t.facts(), text)).as(text).contains("12 Rescue Service Vesterby");
    }

    @Test
    void a_report_noun_after_its_determiner_is_no_verb_of_saying_and_the_passages_source_goes_on() {
        for (String report : List.of("bulletin", "report", "update", "notice")) {
            Topic deaths = TOPICS.get(0);
            String text = "The Rescue Service's evening " + report + " is out. The storm's death toll rose to 31. The " + report
                + " lists deaths outside Ostland: two people were killed in Vesterby.";
            assertThat(read(deaths.facts(), text)).as(text).contains("2 Rescue Service Vesterby");
            Topic cases = TOPICS.get(1);
            text = "The Health Board's evening " + report + " is out. Measles cases rose to 90. The " + report
                + " lists cases outside Ostland: 12 cases are in Vesterby.";
            assertThat(read(cases.facts(), text)).as(text).contains("12 Health Board Vesterby");
        }
    }
}

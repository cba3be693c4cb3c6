package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A partitive ("12 of the cases", "12 of them", "Of those, 12") and the items of a list that leave
 * the counted noun out ("12 in A, nine in B") keep the subject and source of the count they divide
 * and take their own place, under another topic noun, verb, place form and number form; a part of
 * something the sheet does not count is no claim. Sentences generated from templates written for
 * this test.
 */
class PartitiveInvarianceTest {

    /** A topic: the sheet's subject and spellings, a whole counted with its verb, the noun a part names, a verb said of a part. */
    private record Topic(String subject, String spellings, String whole, String noun, String verb) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("measles cases", "cases, infections", "{W} cases were recorded", "cases", "were treated"),
        new Topic("storm deaths", "deaths, dead, died, killed", "{W} people died", "dead", "died"),
        new Topic("people evacuated", "evacuees, evacuated", "{W} people were evacuated", "evacuees", "live"),
        new Topic("job cuts", "layoffs, job losses", "{W} job losses were announced", "losses", "would fall"));

    /** A town, a county and a valley, each as the sheet keeps it and as the sentence writes it. */
    private static final List<String[]> PLACES = List.of(
        new String[] {"Ostland", "Ostland"},
        new String[] {"Marlow County", "Marlow County"},
        new String[] {"Vesterby Valley", "the Vesterby Valley"});

    /** The part as digits and as words, and how a sentence opens with it. */
    private static final List<String[]> PARTS = List.of(new String[] {"12", "12"}, new String[] {"twelve", "Twelve"});

    private static final List<String> TEMPLATES = List.of(
        "The Health Board said {WHOLE}, {part} of them in {PLACE}.",
        "The Health Board said {WHOLE}, with {part} of the {NOUN} in {PLACE}.",
        "The Health Board said {WHOLE}. {Part} of them {VERB} in {PLACE}.",
        "The Health Board said {WHOLE}. {Part} of the {NOUN} {VERB} in {PLACE}.",
        "The Health Board said {WHOLE}. Of those, {part} {VERB} in {PLACE}.");

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Health Board | board",
            "Ostland | ", "Marlow County | ", "Vesterby Valley | ");
        sheet.builder().places(sheet.table("place | within", "Ostland |", "Marlow County |", "Vesterby Valley |"));
        return sheet.estimates(topic.subject(), "Health Board | 2031-01-05 | 40").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.subject() + " " + c.source() + " " + c.where()).toList();
    }

    private static String fill(String template, Topic topic, String whole, String[] part, String place) {
        return template.replace("{WHOLE}", topic.whole().replace("{W}", whole)).replace("{part}", part[0])
            .replace("{Part}", part[1]).replace("{NOUN}", topic.noun()).replace("{VERB}", topic.verb()).replace("{PLACE}", place);
    }

    @Test
    void a_part_keeps_the_wholes_subject_and_source_and_takes_its_own_place() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String template : TEMPLATES) {
                for (String[] place : PLACES) {
                    for (String[] part : PARTS) {
                        for (String whole : List.of("40", "twenty")) {
                            String text = fill(template, topic, whole, part, place[1]);
                            cases++;
                            List<String> expected = List.of((whole.equals("40") ? "40 " : "20 ") + topic.subject() + " Health Board null",
                                "12 " + topic.subject() + " Health Board " + place[0]);
                            List<String> read = read(facts, text);
                            if (!read.equals(expected)) {
                                failures.add(text + " -> " + read);
                            }
                        }
                    }
                }
            }
        }
        assertThat(failures).as("%d of %d sentences", failures.size(), cases).isEmpty();
    }

    private static final List<String> LISTS = List.of(
        "The Health Board said {WHOLE}: {a} in Ostland, {b} in Marlow County and {c} in the Vesterby Valley.",
        "The Health Board said {WHOLE}, including {a} in Ostland, {b} in Marlow County and {c} in the Vesterby Valley.",
        "The Health Board said {WHOLE}. That includes {a} in Ostland, {b} in Marlow County and {c} in the Vesterby Valley.");

    @Test
    void the_items_of_a_list_inherit_the_first_counts_subject_and_source_and_keep_their_own_places() {
        List<String> failures = new ArrayList<>();
        for (Topic topic : TOPICS) {
            Facts facts = sheet(topic);
            for (String template : LISTS) {
                for (String[] numbers : List.of(new String[] {"21", "9", "10"}, new String[] {"21", "nine", "ten"})) {
                    String text = template.replace("{WHOLE}", topic.whole().replace("{W}", "40")).replace("{a}", numbers[0])
                        .replace("{b}", numbers[1]).replace("{c}", numbers[2]);
                    String s = " " + topic.subject() + " Health Board ";
                    List<String> expected = List.of("40" + s + "null", "21" + s + "Ostland", "9" + s + "Marlow County",
                        "10" + s + "Vesterby Valley");
                    List<String> read = read(facts, text);
                    if (!read.equals(expected)) {
                        failures.add(text + " -> " + read);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_gapped_list_gives_each_place_before_its_number_the_first_items_subject_and_source() {
        for (Topic topic : TOPICS) {
            String text = "Ostland has recorded 21 " + topic.noun().replace("dead", "deaths")
                + ", the Health Board said, Marlow County nine and Vesterby Valley 10.";
            List<String> read = read(sheet(topic), text);
            String s = " " + topic.subject() + " Health Board ";
            assertThat(read).as(text).containsExactly("21" + s + "Ostland", "9" + s + "Marlow County", "10" + s + "Vesterby Valley");
        }
    }

    @Test
    void a_list_whose_first_noun_names_no_subject_counts_what_its_paragraph_counted() {
        Facts facts = sheet(TOPICS.get(1)); // "storm deaths", also written "deaths"
        String text = "The Health Board said 40 people died. Ostland has 21 deaths, Marlow County nine and Vesterby Valley ten.";
        assertThat(read(facts, text)).containsExactly("40 storm deaths Health Board null", "21 storm deaths Health Board Ostland",
            "9 storm deaths Health Board Marlow County", "10 storm deaths Health Board Vesterby Valley");
        // alone, "deaths" names the subject only on a sheet that spells it so; "storm dead" needs its keyword
        assertThat(read(facts, "Ostland has 21 deaths, Marlow County nine and Vesterby Valley ten.")).containsExactly(
            "21 storm deaths null Ostland", "9 storm deaths null Marlow County", "10 storm deaths null Vesterby Valley");
        Facts keyworded = new SheetFixture().names("storm deaths | storm dead, killed by the storm", "Health Board | board")
            .estimates("storm deaths", "Health Board | 2031-01-05 | 40").facts();
        assertThat(read(keyworded, "Ostland has 21 deaths, Marlow County nine and Vesterby Valley ten.")).isEmpty();
    }

    @Test
    void a_part_of_what_the_sheet_does_not_count_is_no_claim() {
        Facts facts = sheet(TOPICS.get(0));
        // "the hospitals" are not the cases counted
        String hospitals = "The Health Board said 40 cases were recorded. Three of the hospitals with cases in Ostland were full.";
        assertThat(read(facts, hospitals)).containsExactly("40 measles cases Health Board null");
        assertThat(Decided.of(facts, hospitals, "Three").rule()).isEqualTo(SomethingElseCounted.NAME);
        // "them" are the boats counted just before, not the cases
        String boats = "The Health Board said 40 cases were recorded. Nurses used four boats to reach cases in Ostland, and two of them sank.";
        assertThat(read(facts, boats)).containsExactly("40 measles cases Health Board null");
        assertThat(Decided.of(facts, boats, "two").rule()).isEqualTo(PartOfWhole.NOT_COUNTED);
    }

    @Test
    void a_list_item_does_not_inherit_across_a_sentence_unless_a_colon_opened_the_list() {
        Facts facts = sheet(TOPICS.get(1));
        assertThat(read(facts, "The Health Board said 40 people died in Ostland. Rescuers with nine in Marlow County arrived."))
            .containsExactly("40 storm deaths Health Board Ostland");
        assertThat(read(facts, "The Health Board gave the deaths by place: 40 people died in Ostland.\nAnd nine in Marlow County."))
            .containsExactly("40 storm deaths Health Board Ostland", "9 storm deaths Health Board Marlow County");
    }

    @Test
    void explain_names_the_place_rule_that_read_each_part() {
        Facts facts = sheet(TOPICS.get(0));
        String text = "The Health Board said 40 cases were recorded, 12 of them in Ostland. Marlow County has nine.";
        assertThat(Decided.of(facts, text, "12").line())
            .isEqualTo("\"12\" read as a count of measles cases [a part of the count before it]: \"12 of them\" in Ostland [a locative phrase after the number]");
    }
}

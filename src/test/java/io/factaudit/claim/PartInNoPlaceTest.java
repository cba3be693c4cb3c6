package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A part of a count that no place of a sheet with places locates ("20 of them were taken to
 * hospital", "Of those, 20 were children") is set aside with its reason, under another topic, verb
 * of saying, partitive form and number form; the same part in a sheet place is read, and so is a
 * figure its own source gives. Sentences invented for this test.
 */
class PartInNoPlaceTest {

    /** A topic: the sheet's subject and spellings, and a whole counted with its verb. */
    private record Topic(String subject, String spellings, String whole) {
    }

    private static final List<Topic> TOPICS = List.of(
        new Topic("people rescued", "rescued, survivors", "{W} survivors were rescued"),
        new Topic("beekeepers stung", "stung, stings", "{W} beekeepers were stung"),
        new Topic("hikers stranded", "stranded, stranded hikers", "{W} hikers were stranded"));

    private static final List<String> SAYING = List.of("said", "reported", "told reporters");

    private static final List<String> PARTS = List.of(
        "{Part} of them were taken to hospital.", "Of those, {part} were children.",
        "{Part} of them were treated for cold.", "{Part} of the group were airlifted.");

    private static final List<String[]> NUMBERS = List.of(new String[] {"14", "14"}, new String[] {"fourteen", "Fourteen"});

    private static Facts sheet(Topic topic) {
        SheetFixture sheet = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Ridge Patrol | patrol",
            "Dunmere | ", "Keld | ");
        sheet.builder().places(sheet.table("place | within", "Dunmere |", "Keld |"));
        return sheet.estimates(topic.subject(), "Ridge Patrol | 2031-01-05 | 60").facts();
    }

    private static List<CountDecision> decisions(Facts facts, String text) {
        Document document = SheetFixture.document(text, "2031-01-06");
        return new CountReader().decisions(document, facts);
    }

    private static String text(Topic topic, String saying, String part, String[] number) {
        return "The Ridge Patrol " + saying + " " + topic.whole().replace("{W}", "60") + ". "
            + part.replace("{part}", number[0]).replace("{Part}", number[1]);
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-01-06"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.where()).toList();
    }

    @Test
    void a_part_in_no_place_is_not_read_and_the_whole_stays_read() {
        int tried = 0;
        for (Topic topic : TOPICS) {
            for (String saying : SAYING) {
                for (String part : PARTS) {
                    for (String[] number : NUMBERS) {
                        String text = text(topic, saying, part, number);
                        assertThat(read(sheet(topic), text)).as(text).containsExactly("60 null");
                        tried++;
                    }
                }
            }
        }
        assertThat(tried).isEqualTo(72);
    }

    @Test
    void explain_names_the_reason_a_part_in_no_place_is_set_aside() {
        for (Topic topic : TOPICS) {
            String text = "The Ridge Patrol said " + topic.whole().replace("{W}", "60") + ", and 14 of them were taken to hospital.";
            List<CountDecision> d = decisions(sheet(topic), text);
            assertThat(d).as(text).hasSize(2);
            assertThat(d.get(1).rule()).as(text).isEqualTo(PartInNoPlace.NAME);
        }
    }

    @Test
    void the_same_part_in_a_place_of_the_sheet_is_read_as_that_place_s_count() {
        for (Topic topic : TOPICS) {
            for (String saying : SAYING) {
                String text = text(topic, saying, "{Part} of them were treated in Keld.", NUMBERS.get(0));
                assertThat(read(sheet(topic), text)).as(text).containsExactly("60 null", "14 Keld");
            }
        }
    }

    @Test
    void on_a_sheet_without_places_a_part_with_no_place_phrase_is_set_aside_and_one_with_a_place_phrase_is_read() {
        for (Topic topic : TOPICS) {
            Facts facts = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Ridge Patrol | patrol")
                .estimates(topic.subject(), "Ridge Patrol | 2031-01-05 | 60").facts();
            for (String saying : SAYING) {
                String text = text(topic, saying, "{Part} of them were taken to hospital.", NUMBERS.get(0));
                assertThat(read(facts, text)).as(text).containsExactly("60 null");
                for (String place : List.of("were treated in Keld.", "were moved to the Keld valley.")) {
                    String located = text(topic, saying, "{Part} of them " + place, NUMBERS.get(0));
                    assertThat(read(facts, located)).as(located).containsExactly("60 null", "14 null");
                }
            }
        }
    }

    @Test
    void a_figure_its_own_source_gives_is_no_part_of_another_source_s_count() {
        Topic topic = TOPICS.get(2);
        SheetFixture sheet = new SheetFixture().names(topic.subject() + " | " + topic.spellings(), "Ridge Patrol | patrol",
            "Alpine Club | club", "Dunmere | ");
        sheet.builder().places(sheet.table("place | within", "Dunmere |"));
        Facts facts = sheet.estimates(topic.subject(), "Ridge Patrol | 2031-01-05 | 60", "Alpine Club | 2031-01-05 | 45").facts();
        String text = "The Ridge Patrol said 60 hikers were stranded. The Alpine Club said on Monday that 45 of its members were stranded.";
        List<CountDecision> d = decisions(facts, text);
        assertThat(d.stream().filter(CountDecision::isClaim).map(c -> c.claim().source() + " " + c.claim().interval().low()))
            .contains("Alpine Club 45");
    }
}

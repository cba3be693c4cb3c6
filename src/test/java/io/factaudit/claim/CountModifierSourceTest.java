package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet source that modifies a count noun ("the agency count fell to 900", "the union figure of 1,400
 * strikers") is whose count it is, as "the agency's count" would say. Sentences written for this test.
 */
class CountModifierSourceTest {

    /** Topics: the subject, its other spellings, and the noun an article counts it with. */
    private static final List<String[]> TOPICS = List.of(new String[] {"stranded passengers", "passengers", "passengers"},
        new String[] {"job cuts", "layoffs, job losses", "job losses"}, new String[] {"strikers", "striking workers", "strikers"});

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency, agency, agency count",
                "Dock Union | the union, union")
            .estimates(subject, "Harbour Agency | 2031-05-01 | 900", "Dock Union | 2031-05-01 | 1,400").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document("Ferry strike\n\n" + text, "2031-05-03"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void the_source_before_a_count_noun_owns_the_count_whatever_the_noun_and_topic() {
        for (String[] topic : TOPICS) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String noun : List.of("count", "figure", "tally", "estimate")) {
                String text = "On Monday the union " + noun + " of 1,400 " + topic[2] + " was challenged by the harbour.";
                assertThat(read(facts, text)).as(text).containsExactly("1400 Dock Union");
            }
            String spelled = "On Monday the agency count fell to 900 " + topic[2] + ".";
            assertThat(read(facts, spelled)).as(spelled).containsExactly("900 Harbour Agency");
        }
    }

    @Test
    void a_source_named_beside_a_count_of_another_is_not_its_owner() {
        Facts facts = sheet("stranded passengers", "passengers");
        assertThat(read(facts, "On Monday 1,400 passengers waited while the union met."))
            .containsExactly("1400 null");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the number of X it counts was revised from 40 to 55": both figures of a change from one to the next
 * count what the count noun before them counts, whatever verb of change, and the first is the earlier figure.
 * Sentences invented for this test, on two invented topics.
 */
class FromToChangeTest {

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "Grid Office | the office")
            .estimates(subject, "Grid Office | 2031-03-01 | 40").facts();
    }

    private static final List<Facts> TOPICS = List.of(sheet("homes without power", "homes, homes without power"),
        sheet("stranded hikers", "hikers, hikers stranded"));

    @Test
    void both_figures_of_a_change_count_what_the_count_noun_counts_and_the_first_is_the_earlier() {
        for (Facts facts : TOPICS) {
            String noun = facts.estimates().get(0).subject().startsWith("homes") ? "homes" : "hikers";
            for (String verb : List.of("raised", "revised", "lowered", "cut")) {
                for (String[] figures : List.of(new String[] {"40", "55"}, new String[] {"38", "52"})) {
                    String text = "The Grid Office said the number of " + noun + " it counts was " + verb + " from " + figures[0]
                        + " to " + figures[1] + " on Tuesday.";
                    Decided from = Decided.of(facts, text, figures[0]).readAs(facts.estimates().get(0).subject());
                    assertThat(from.claim().earlier()).as(text).isTrue();
                    Decided to = Decided.of(facts, text, figures[1]).readAs(facts.estimates().get(0).subject());
                    assertThat(to.claim().earlier()).as(text).isFalse();
                }
            }
        }
    }

    @Test
    void a_from_without_a_to_is_no_change() {
        Facts facts = TOPICS.get(1);
        String text = "The Grid Office moved the number of hikers it counts from 40 shelters on Tuesday.";
        assertThat(Decided.of(facts, text, "40").claim()).isNull();
    }
}

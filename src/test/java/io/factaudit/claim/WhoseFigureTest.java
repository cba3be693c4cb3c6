package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose figure a count is, as English marks it: the one who speaks, not the one spoken to; the body a
 * person speaks for; the speaker of the verb after the figure, not a body merely owning a noun before it;
 * figures "from" or "per" a source. Sentences and figures invented for this test, on two topics.
 */
class WhoseFigureTest {

    /** Topics: the subject, its other spellings, and the noun an article counts it with. */
    private static final List<String[]> TOPICS = List.of(new String[] {"stranded climbers", "climbers", "climbers"},
        new String[] {"flooded homes", "homes flooded, homes", "homes"});

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency", "Dock Union | the union",
                "Ada Varg | Varg", "Per Olsen | Olsen")
            .estimates(subject, "Harbour Agency | 2031-05-01 | 900", "Dock Union | 2031-05-01 | 1,400",
                "Per Olsen | 2031-05-01 | 700").facts();
    }

    private static String sourceOf(String[] topic, String text, String number) {
        return Decided.sourceOf(sheet(topic[0], topic[1]), "Harbour news\n\n" + text.formatted(topic[2]), number);
    }

    @Test
    void the_one_spoken_to_is_not_the_source_whatever_the_verb() {
        for (String[] topic : TOPICS) {
            for (String verb : List.of("told", "informed", "notified", "assured", "warned")) {
                String text = "The Harbour Agency " + verb + " the Dock Union on Monday that 900 %s were counted.";
                assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
            }
            String spokenTo = "Officials told the Dock Union that 900 %s were counted.";
            assertThat(sourceOf(topic, spokenTo, "900")).as(spokenTo).isNull();
            String said = "About 900 %s were counted, said the Harbour Agency.";
            assertThat(sourceOf(topic, said, "900")).as(said).isEqualTo("Harbour Agency");
        }
    }

    @Test
    void a_person_with_no_estimates_speaks_for_the_body_the_article_ties_them_to() {
        for (String[] topic : TOPICS) {
            for (String tie : List.of("Ada Varg, a spokeswoman for the Harbour Agency,", "Ada Varg, an official at the Harbour Agency,",
                "Ada Varg, the Harbour Agency's spokeswoman,", "Ada Varg, a Harbour Agency official,",
                "Ada Varg, who speaks for the Harbour Agency,", "Harbour Agency spokeswoman Ada Varg", "The Harbour Agency's Ada Varg")) {
                for (String said : List.of(" said 900 %s were counted.", " visited the quay. Varg said 900 %s were counted.")) {
                    String text = tie + said;
                    assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
                }
            }
            String untied = "Ada Varg said 900 %s were counted.";
            assertThat(sourceOf(topic, untied, "900")).as(untied).isEqualTo("Ada Varg");
            String own = "Per Olsen, a spokesman for the Harbour Agency, visited the quay. Olsen said 700 %s were counted.";
            assertThat(sourceOf(topic, own, "700")).as("a person with estimates of his own keeps them").isEqualTo("Per Olsen");
        }
    }

    @Test
    void a_body_named_as_whom_the_speaker_speaks_for_is_the_source() {
        for (String[] topic : TOPICS) {
            for (String speaker : List.of("a spokesman for the Harbour Agency", "Lars Ek, a spokesman for the Harbour Agency",
                "Lars Ek, who speaks for the Harbour Agency", "Lars Ek, an official at the Harbour Agency")) {
                String text = "About 900 %s were counted on Monday, said " + speaker + ".";
                assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
            }
        }
    }

    @Test
    void the_verb_after_the_figure_is_the_speaker_s_not_a_body_owning_a_noun_before_it() {
        for (String[] topic : TOPICS) {
            for (String verb : List.of("said", "reported", "added")) {
                String text = "The Dock Union's boats checked 900 %s on Monday, the Harbour Agency " + verb + ".";
                assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
            }
            String tally = "The Dock Union's latest tally showed 1,400 %s, the Harbour Agency said.";
            assertThat(sourceOf(topic, tally, "1,400")).as("a tally is its owner's figure: " + tally).isEqualTo("Dock Union");
        }
    }

    @Test
    void a_speaker_s_object_is_not_the_source_of_what_the_speaker_confirms() {
        for (String[] topic : TOPICS) {
            String text = "The Harbour Agency certified the Dock Union on Monday, confirming that 900 %s were counted.";
            assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
        }
    }

    @Test
    void figures_from_or_per_a_source_are_its_figures() {
        for (String[] topic : TOPICS) {
            for (String text : List.of("Figures from the Harbour Agency showed 900 %s on Monday.",
                "Data from the Harbour Agency showed 900 %s on Monday.", "Harbour Agency data showed 900 %s on Monday.",
                "About 900 %s were counted on Monday, per the Harbour Agency.")) {
                assertThat(sourceOf(topic, text, "900")).as(text).isEqualTo("Harbour Agency");
            }
        }
    }
}

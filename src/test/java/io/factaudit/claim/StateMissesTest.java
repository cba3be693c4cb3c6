package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why a state was missed, told by kind, under two invented sheets: a footbridge "reopened" and
 * a harbour levy "approved". Each sentence is annotated whole; the kind must not depend on the
 * topic, so each form is asked of both.
 */
class StateMissesTest {

    private static Facts sheet(String subject, String spelling, String state) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "bridge", sheet("Tarn footbridge", "Tarn footbridge", "reopened"),
        "levy", sheet("harbour levy", "harbour levy", "approved"));

    /** The kind of the miss of the text's last sentence, annotated whole, with nothing read. */
    private static String why(String topic, String text) {
        Document d = Sheets.article(text, "2025-03-20");
        Span last = d.sentences().get(d.sentences().size() - 1);
        return StateMisses.why(d, SHEETS.get(topic), last, SHEETS.get(topic).milestones().get(0).subject(), List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "bridge | Crowds gathered on Monday. | subject not found: none of its words in the sentence",
        "levy   | Crowds gathered on Monday. | subject not found: none of its words in the sentence",
        "bridge | The Tarn footbridge drew crowds on Monday. | no word of the state: none of its wordings nor their synonyms",
        "levy   | The harbour levy drew crowds on Monday. | no word of the state: none of its wordings nor their synonyms",
        "bridge | Will the Tarn footbridge be reopened? | set aside (asked)",
        "levy   | Will the harbour levy be approved? | set aside (asked)",
        "bridge | The Tarn footbridge could be reopened next week. | set aside (forecast)",
        "levy   | The harbour levy could be approved next week. | set aside (forecast)",
        "bridge | The Tarn footbridge is being reopened. | set aside (a change under way)",
        "levy   | The harbour levy is slowly being approved. | set aside (a change under way)",
        "bridge | Reopened after repairs, crowds crossed the Tarn footbridge. | "
            + "the state's words, not tied to the subject: the subject only after them, after ADP NOUN PUNCT NOUN VERB DET",
        "levy   | Approved after debate, owners criticised the harbour levy. | "
            + "the state's words, not tied to the subject: the subject only after them, after ADP NOUN PUNCT NOUN VERB DET",
    })
    void tells_why_a_state_was_missed(String topic, String text, String kind) {
        assertThat(why(topic, text)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"bridge | The Tarn footbridge remains open to walkers.",
        "levy | The harbour levy is in place now."})
    void tells_a_state_read_in_the_sentence_of_another_subject(String topic, String text) {
        Document d = Sheets.article(text, "2025-03-20");
        Span sentence = d.sentences().get(0);
        StateClaim other = new StateClaim(sentence, text, "another subject", "closed", false, null);
        assertThat(StateMisses.why(d, SHEETS.get(topic), sentence, SHEETS.get(topic).milestones().get(0).subject(),
            List.of(other))).isEqualTo("a state read of another subject");
    }
}

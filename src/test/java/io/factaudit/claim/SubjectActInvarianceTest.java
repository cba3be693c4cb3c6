package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subject named by the noun of its act, not by a keyword: "library closures" names what the sheet
 * "libraries closed" counts, so "the closures hit 45 libraries" counts it, and "Closures: 45" labels
 * its figure. The same whatever the topic, the verb, the source and the number's form; sentences
 * written for this test.
 */
class SubjectActInvarianceTest {

    private static Facts sheet(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    private static final String SHUT = "libraries closed | closed libraries, library closures, libraries shut";
    private static final String CALLED_OFF = "ferries cancelled | cancelled ferries, ferry cancellations";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the act's noun elsewhere in the sentence names the subject of the number's noun
        SHUT + " | The closures affected 45 libraries on Monday. | 45",
        SHUT + " | The weekend closures now cover about forty-five libraries, the statistics office said. | about forty-five",
        SHUT + " | Officials blamed the budget for the closures, which hit 45 libraries. | 45",
        CALLED_OFF + " | The cancellations hit 12 ferries on Monday. | 12",
        CALLED_OFF + " | Storm cancellations kept nearly a dozen ferries in port, the statistics office said. | nearly a dozen",
        // a subject's noun or the noun of its act labels the figure after a colon
        SHUT + " | Library closures: 45 on Monday, the statistics office said. | 45",
        SHUT + " | Closures: about 45 by noon. | about 45",
        CALLED_OFF + " | Cancellations: 12 by noon, the statistics office said. | 12",
        CALLED_OFF + " | Ferries: 12 so far. | 12"})
    void the_noun_of_the_subjects_act_names_the_subject(String subject, String spellings, String text, String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        d.readAs(subject);
        assertThat(d.claim().interval().low()).as(d.line()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // another act, another thing counted, a label that is no word of the subject
        SHUT + " | The renovations affected 45 libraries on Monday. | 45",
        SHUT + " | The closures affected 45 museums on Monday. | 45",
        SHUT + " | After the closures, 45 libraries were opened on Sundays. | 45",
        SHUT + " | About 45 libraries were opened before the closures. | 45",
        SHUT + " | Staff idled by the closures: 45. | 45",
        CALLED_OFF + " | The repairs hit 12 ferries on Monday. | 12",
        CALLED_OFF + " | The cancellations hit 12 buses on Monday. | 12",
        CALLED_OFF + " | Despite the cancellations, 12 ferries sailed on Monday. | 12",
        CALLED_OFF + " | Crews sent home after the cancellations: 12 on Monday. | 12"})
    void another_act_or_another_noun_names_no_subject(String subject, String spellings, String text, String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }
}

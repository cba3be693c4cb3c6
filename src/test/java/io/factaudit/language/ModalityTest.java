package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.language.Modality.Assertion;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityTest {

    /** How the sentence puts the predicate of the subject (both given as words of the sentence). */
    private static Assertion read(String sentence, String subject, String predicate) {
        Document d = new Document(new Article("a.txt", sentence, LocalDate.of(2024, 11, 1), LineMap.of(sentence)));
        SentenceWords w = d.words(d.sentences().get(0));
        int subjectAt = sentence.indexOf(subject);
        int predicateAt = sentence.indexOf(predicate, subjectAt + subject.length());
        int s0 = wordAt(w, subjectAt);
        int s1 = wordAt(w, subjectAt + subject.length() - 1);
        int p0 = wordAt(w, predicateAt);
        int p1 = wordAt(w, predicateAt + predicate.length() - 1);
        return Modality.of(w, s0, s1 + 1, p0, p1).assertion();
    }

    private static int wordAt(SentenceWords w, int offset) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).span().start() <= offset && offset < w.get(i).span().end()) {
                return i;
            }
        }
        throw new AssertionError("no word at " + offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The brigades are fighting near the border. | The brigades | fighting",
        "Officials say the brigades have already clashed with the enemy. | the brigades | clashed",
        "The brigades are reported to be fighting alongside local units. | The brigades | fighting",
        "The rescue teams, most of them volunteers, have been withdrawn. | The rescue teams | withdrawn",
        "On Monday the ministry confirmed that the brigades had been in combat. | the brigades | in combat",
        "The spokeswoman would only say that the brigades were in the region. | the brigades | in the region"})
    void should_read_plain_statements_as_affirmed(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.AFFIRMED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The brigades have not yet engaged in active combat. | The brigades | engaged",
        "None of the brigades has yet seen combat. | the brigades | seen combat",
        "The brigades have still not entered combat. | The brigades | entered",
        "We've not yet seen these brigades deploy into combat. | these brigades | deploy",
        "The brigades have yet to see combat. | The brigades | see combat",
        "No brigades have entered combat, the ministry said. | brigades | entered",
        "Rescue operations have never been called off. | Rescue operations | called off"})
    void should_read_denials_as_negated(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.NEGATED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Are the brigades fighting yet? | the brigades | fighting",
        "Will rescue operations be called off this week? | rescue operations | called off",
        "Observers came to watch how the brigades fight. | the brigades | fight",
        "It is unclear whether the brigades are in combat. | the brigades | in combat"})
    void should_read_questions_as_asked(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.ASKED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I fully expect to see the brigades engaged in combat soon. | the brigades | engaged",
        "The brigades could be thrown into battle. | The brigades | battle",
        "The brigades are preparing to join the fighting. | The brigades | join the fighting",
        "The brigades are poised to cross the river. | The brigades | cross",
        "The brigades are likely to fight within days. | The brigades | fight",
        "The brigades will be in combat soon. | The brigades | in combat",
        "The brigades are expected to engage in combat. | The brigades | engage",
        "Officials say the brigades are in combat in the coming days. | the brigades | in combat",
        "With the prospect of the brigades entering combat, prices rose. | the brigades | entering combat"})
    void should_read_forecasts_and_expectations_as_forecast(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.FORECAST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "If the brigades engage in combat, they become targets. | the brigades | engage",
        "If they do fight, the war changes. | they | fight",
        "Make no mistake: if these brigades engage in combat, they will pay. | these brigades | engage",
        "Unless the brigades are in combat, nothing changes. | the brigades | in combat",
        "Once rescue operations are completed, demolition will begin. | rescue operations | completed",
        "The treaty needs a signature before it can enter into force. | it | enter into force"})
    void should_read_conditions_as_conditional(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.CONDITIONAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ministry cannot corroborate reports that the brigades have engaged in combat. | the brigades | engaged",
        "Moscow denied that the brigades were fighting. | the brigades | fighting",
        "The Kremlin has not confirmed that the brigades are in the region. | the brigades | in the region"})
    void should_read_reports_the_speaker_will_not_vouch_for_as_unconfirmed(String sentence, String subject,
                                                                           String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.UNCONFIRMED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Aid moved through one crossing until Assad agreed to open two more crossings. | Assad | agreed",
        "After rescue efforts ended in the city, bulldozers moved in. | rescue efforts | ended"})
    void should_read_past_events_in_time_clauses_as_affirmed(String sentence, String subject, String predicate) {
        assertThat(read(sentence, subject, predicate)).isEqualTo(Assertion.AFFIRMED);
    }
}

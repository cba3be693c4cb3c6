package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States as reports write them, each form under two invented sheets (a bridge that "reopened", a
 * levy "approved"): a verb of continuing with the opposite, an absolute phrase, a negated change,
 * a relative clause about the subject, a headline's present tense, a noun made of the state's verb.
 */
class StateFormsInvarianceTest {

    private static Facts sheet(String subject, String spelling, String state, String... aliases) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Facts BRIDGE = sheet("Alder Street bridge", "Alder bridge", "reopened", "open again", "reopening");
    private static final Facts LEVY = sheet("harbour levy", "the levy", "approved", "backed", "endorsed");

    /** "state: affirmed|negated" for each claim of the text under the sheet named. */
    private static List<String> read(String sheet, String text) {
        Document d = Sheets.article(text.replace(" ¶ ", "\n\n"), "2025-03-20");
        return new StateReader().read(d, sheet.equals("bridge") ? BRIDGE : LEVY).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "bridge | The Alder Street bridge remains shut to lorries.",
        "bridge | The Alder bridge stayed shut on Tuesday.",
        "bridge | The Alder Street bridge is still closed.",
        "bridge | With the Alder Street bridge shut, drivers queue for the ferry.",
        "bridge | With the Alder bridge closed, buses take the ring road.",
        "bridge | The Alder bridge was hit by a barge in May. That bridge, which the city closed on 3 May, has not reopened.",
        "bridge | That Alder bridge, which the city closed, has not reopened.",
        "bridge | The Alder bridge was hit by a barge in May. That bridge has not reopened.",
        "bridge | The Alder bridge was hit by a barge in May. This bridge has still not reopened.",
        "bridge | The Alder bridge was hit by a barge in May. Crews checked its cables. Divers searched the river. "
            + "Traffic moved slowly. ¶ The bridge remains closed.",
    })
    void an_opposite_or_a_negated_change_denies_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("reopened: negated");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "bridge | The Alder Street bridge, which crews reopened on Monday, carries trams again.",
        "bridge | The Alder bridge, which the city has reopened, carries trams.",
        "bridge | City reopens Alder Street bridge after repairs",
        "bridge | Engineers reopen the Alder bridge",
        "bridge | The Alder bridge was hit by a barge in May. ¶ March 12 — Bridge reopened to buses",
        "levy | The harbour levy was proposed in May. ¶ Levy approved by the port board",
        "levy | The harbour levy, which councillors have approved, funds dredging.",
        "levy | The harbour levy, which the council endorsed in May, funds dredging.",
        "levy | Council backs harbour levy despite protests",
        "levy | The vote endorses the harbour levy.",
    })
    void a_relative_clause_or_a_headline_affirms_the_state_of_its_object(String sheet, String text) {
        String state = sheet.equals("bridge") ? "reopened" : "approved";
        assertThat(read(sheet, text)).containsExactly(state + ": affirmed");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "bridge | Officials welcomed the reopening of the Alder Street bridge last month.",
        "bridge | Will the city reopen the Alder Street bridge?",
        "bridge | Drivers waited for the city to reopen the Alder Street bridge.",
        "levy | The port has a month to endorse the harbour levy.",
        "bridge | With the Alder Street bridge in view, the ferry turned.",
        "bridge | The Alder bridge is not closed.",
        "levy | Is the harbour levy backed by the port?",
    })
    void a_noun_of_the_change_a_question_or_no_state_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

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
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An aside between the subject and its state, on invented sheets of two topics (an inmate
 * "released", a ferry "docked"): the aside's own negation is not the state's, and a relative
 * clause after an aside that is a clause belongs to the aside's last noun, not to the subject; "to"
 * or a bare "be" right after the subject makes a demand or a plan, no state.
 */
class StateAsideInvarianceTest {

    private static Facts sheet(String subject, String state, String alias) {
        Name name = new Name(subject, List.of(subject), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(alias), new FactLocation("s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "inmate", sheet("Ria Tolan", "released", "freed"),
        "ferry", sheet("Orla Star", "docked", "berthed"));

    /** "affirmed|negated" for each claim of the text, after a sentence that names the subject. */
    private static List<String> read(String topic, String text) {
        Facts facts = SHEETS.get(topic);
        Document d = Sheets.article(facts.names().get(0).name() + " was in the news in May.\n\n" + text, "2025-03-20");
        return new StateReader().read(d, facts).stream().map(StateClaim.class::cast)
            .map(c -> c.negated() ? "negated" : "affirmed").toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "inmate | Ria Tolan, who was never charged, was released on Friday. | affirmed",
        "inmate | Ria Tolan, not Mara Vos, was freed on Friday. | affirmed",
        "inmate | Ria Tolan, who was never charged, was not released on Friday. | negated",
        "ferry | The Orla Star, which had not sailed for weeks, docked at Penn on Friday. | affirmed",
        "ferry | The Orla Star, not the Morna, berthed at Penn on Friday. | affirmed",
        "ferry | The Orla Star, which had not sailed for weeks, has not docked yet. | negated",
    })
    void a_negation_inside_the_aside_is_not_the_states(String topic, String text, String reading) {
        assertThat(read(topic, text)).containsExactly(reading);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "inmate | Ria Tolan, who shared a cell with Mara Vos, who was released on Friday, said little.",
        "inmate | Ria Tolan, jailed with Mara Vos, who was freed last year, remains in jail.",
        "ferry | The Orla Star, which towed the Morna, which docked at Penn on Friday, stayed at sea.",
        "ferry | The Orla Star, sailing behind the Morna, which berthed at Penn, stayed at sea.",
    })
    void a_relative_clause_after_a_clause_aside_is_another_nouns(String topic, String text) {
        assertThat(read(topic, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "inmate | Her family demanded that Ria Tolan be released. | Her family said that Ria Tolan was released.",
        "inmate | Lawyers called for Ria Tolan to be freed at once. | Lawyers said Ria Tolan was freed at once.",
        "ferry | The port asked that the Orla Star be berthed at Penn. | The port said that the Orla Star was berthed at Penn.",
        "ferry | Owners pressed for the Orla Star and the Morna to be docked. | Owners said the Orla Star and the Morna were docked.",
    })
    void an_infinitive_or_a_bare_be_after_the_subject_is_a_demand_not_a_state(String topic, String demand, String report) {
        assertThat(read(topic, demand)).isEmpty();
        assertThat(read(topic, report)).containsExactly("affirmed");
    }
}

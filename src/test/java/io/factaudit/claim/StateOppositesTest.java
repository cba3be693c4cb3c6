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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A state denied by its opposite ("remains closed" for "reopened"); an invented bridge, sentences written for these tests. */
class StateOppositesTest {

    private static final String BRIDGE = "Alder Street bridge";

    private static Facts sheet(String state) {
        Name bridge = new Name(BRIDGE, List.of("Alder bridge"), new FactLocation("features/b.feature", 4));
        Milestone m = new Milestone(BRIDGE, state, LocalDate.of(2025, 3, 10), List.of(), new FactLocation("features/b.feature", 9));
        return new Facts(List.of(bridge), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static List<String> read(String text, String state) {
        Document d = Sheets.article(text, "2025-03-20");
        return new StateReader().read(d, sheet(state)).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Alder Street bridge remains closed.", "The Alder Street bridge is still closed.",
        "The Alder Street bridge stayed closed on Tuesday.", "The Alder bridge was closed again."})
    void an_opposite_predicated_of_the_subject_denies_the_state_under_each_linking_verb(String sentence) {
        assertThat(read(sentence, "reopened")).containsExactly("reopened: negated");
    }

    @Test
    void the_state_itself_reads_as_before() {
        assertThat(read("The Alder Street bridge reopened on Monday.", "reopened")).containsExactly("reopened: affirmed");
        assertThat(read("The Alder Street bridge is closed.", "closed")).containsExactly("closed: affirmed");
    }

    @Test
    void the_opposite_works_both_ways() {
        assertThat(read("The Alder Street bridge is open.", "closed")).containsExactly("closed: negated");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Alder Street bridge is not closed.", "Crews closed the Alder Street bridge.",
        "The Alder Street bridge could be closed.", "Is the Alder Street bridge closed?"})
    void a_negated_forecast_asked_or_transitive_opposite_says_nothing(String sentence) {
        assertThat(read(sentence, "reopened")).isEmpty();
    }
}

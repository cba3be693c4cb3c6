package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectClauseTest {

    private static final Facts CUTS = new Facts(
        List.of(new Name("spending cuts", List.of("budget cuts", "cut spending", "spending reductions"),
            new FactLocation("features/cuts.feature", 4))),
        List.of(), List.of(), List.of(), List.of(),
        List.of(new Event("the council announced the spending cuts", LocalDate.of(2025, 3, 11),
            List.of("announced the spending cuts"), new FactLocation("features/cuts.feature", 9))), Policy.DEFAULT);

    private static List<String> days(String sentence) {
        // published on a Wednesday: the Tuesday before is March 11
        return new EventDateReader().read(Sheets.article(sentence, "2025-03-12"), CUTS).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the verb and a that-clause naming the object in any spelling, the date before or after \"that\"")
    @ValueSource(strings = {"The council announced on Tuesday that it would cut spending by 5 percent.",
        "The council announced Tuesday that budget cuts would begin in May.",
        "The council announced the budget cuts on Tuesday."})
    void should_read_the_object_told_as_a_clause(String sentence) {
        assertThat(days(sentence)).containsExactly("2025-03-11..2025-03-11");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a date inside the clause dates what the clause tells, not the verb")
    void should_not_date_the_verb_with_the_clause_date() {
        assertThat(days("The council announced that it would cut its spending on Tuesday.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("not the event: another verb, the name outside the clause, no that-clause")
    @ValueSource(strings = {"The council said on Tuesday that it would cut spending.",
        "The council announced on Tuesday that a new park would open, and critics said spending cuts would follow.",
        "The council announced a new park on Tuesday; spending cuts came later."})
    void should_not_read_another_clause(String sentence) {
        assertThat(days(sentence)).isEmpty();
    }
}

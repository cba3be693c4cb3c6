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
 * The subject as the object of a state's verb with one lower-case modifier before it and no
 * article ("closed city Vale schools", "reopened rural Orrin libraries"), read as without it,
 * under two invented sheets; another verb, another modifier, noun or adjective.
 */
class StateObjectModifierInvarianceTest {

    private static Facts sheet(String subject, String state) {
        Name name = new Name(subject, List.of(subject), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "schools", sheet("Vale schools", "closed"),
        "libraries", sheet("Orrin libraries", "reopened"));

    private static List<String> read(String sheet, String text) {
        Document d = Sheets.article(text, "2025-03-20");
        return new StateReader().read(d, SHEETS.get(sheet)).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "schools | Officials closed city Vale schools on Monday. | Officials closed Vale schools on Monday.",
        "schools | The board closed public Vale schools on Monday. | The board closed Vale schools on Monday.",
        "libraries | The council reopened rural Orrin libraries on Monday. | The council reopened Orrin libraries on Monday.",
        "libraries | The council has not reopened district Orrin libraries. | The council has not reopened Orrin libraries.",
    })
    void one_modifier_before_the_object_subject_reads_as_without_it(String sheet, String withModifier, String without) {
        assertThat(read(sheet, withModifier)).isNotEmpty().isEqualTo(read(sheet, without));
    }
}

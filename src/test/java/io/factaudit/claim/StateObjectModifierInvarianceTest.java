package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
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
        return Sheets.milestone(subject, subject, state);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "schools", sheet("Vale schools", "closed"),
        "libraries", sheet("Orrin libraries", "reopened"));

    private static List<String> read(String sheet, String text) {
        return Sheets.states(SHEETS.get(sheet), text);
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

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle after "being" says a change is under way, not that its state holds nor that it does
 * not, under two invented sheets: a footbridge "reopened", a levy "approved"; the same sentence in
 * the perfect or the simple past still says the state.
 */
class StateUnderWayInvarianceTest {

    private static Facts sheet(String subject, String state) {
        return Sheets.milestone(subject, subject, state);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "bridge", sheet("Tarn footbridge", "reopened"),
        "levy", sheet("harbour levy", "approved"));

    private static int claims(String sheet, String text) {
        Document d = Sheets.article(text, "2025-03-20");
        return new StateReader().read(d, SHEETS.get(sheet)).size();
    }

    @ParameterizedTest(name = "{1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "bridge | The Tarn footbridge is being reopened in stages. | The Tarn footbridge has been reopened in stages.",
        "bridge | The Tarn footbridge is slowly being reopened. | The Tarn footbridge was slowly reopened.",
        "levy | The harbour levy is being approved by the council. | The harbour levy was approved by the council.",
        "levy | The harbour levy, officials said, is being approved. | The harbour levy, officials said, has been approved.",
    })
    void a_change_under_way_is_no_state_yet(String sheet, String underWay, String done) {
        assertThat(claims(sheet, underWay)).isZero();
        assertThat(claims(sheet, done)).isEqualTo(1);
    }
}

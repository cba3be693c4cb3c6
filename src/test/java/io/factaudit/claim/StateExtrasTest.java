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
 * The kind {@link StateExtras} gives a state claim, on invented sheets of two topics (a dusk curfew
 * "in force", a ferry route "suspended"): the same form of English gets the same kind whatever the
 * topic noun, and the kind tells wording, polarity and reference apart.
 */
class StateExtrasTest {

    private static Facts sheet(String subject, String spelling, String state, String... aliases) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases), new FactLocation("s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Map<String, Facts> SHEETS = Map.of(
        "curfew", sheet("Ossery curfew", "dusk curfew", "in force", "in place"),
        "route", sheet("Tarn ferry route", "ferry route", "suspended", "halted"));

    /** The kinds of the claims read from the text, after a sentence that names the subject. */
    private static List<String> kinds(String topic, String text) {
        Facts facts = SHEETS.get(topic);
        String article = "The " + facts.names().get(0).spellings().get(0) + " was first debated in May.\n\n" + text;
        Document d = Sheets.article(article, "2025-03-20");
        return new StateReader().read(d, facts).stream().map(StateClaim.class::cast)
            .map(c -> StateExtras.why(d, facts, c)).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "curfew | The dusk curfew remains in force. | the sheet's wording, affirmed, subject by its name",
        "route | The ferry route remains suspended. | the sheet's wording, affirmed, subject by its name",
        "curfew | The dusk curfew is not in force yet. | the sheet's wording, denied, subject by its name",
        "route | The ferry route has not been halted yet. | the sheet's wording, denied, subject by its name",
        "curfew | It is in place now. | the sheet's wording, affirmed, subject by a pronoun",
        "route | It was halted on Friday. | the sheet's wording, affirmed, subject by a pronoun",
        "curfew | The curfew began on Monday. | a state of holding: a verb of its beginning, affirmed, subject by a definite group",
        "curfew | Despite the dusk curfew, crowds gathered. | a state of holding: \"despite\" before it opening a clause, affirmed, subject by its name",
    })
    void each_form_has_its_kind_whatever_the_topic(String topic, String text, String kind) {
        assertThat(kinds(topic, text)).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The dusk curfew remains in force. | The dusk curfew stays in force.",
        "The ferry route was halted on Friday. | The ferry route was halted, officials said on Friday.",
    })
    void another_verb_or_an_added_attribution_keeps_the_kind(String one, String other) {
        String topic = one.contains("curfew") ? "curfew" : "route";
        assertThat(kinds(topic, other)).isNotEmpty().isEqualTo(kinds(topic, one));
    }
}

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
 * A state worded by a WordNet synonym of the sheet's word, under two invented sheets (a cable car
 * "stopped", a detained sculptor "freed"): the synonym reads as the wording would, affirmed,
 * denied or of another thing.
 */
class StateSynonymInvarianceTest {

    private static Facts sheet(String subject, String spelling, String state) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Facts CABLE = sheet("Orrin cable car", "the cable car", "stopped");
    private static final Facts SCULPTOR = sheet("Ilse Varga", "Varga", "freed");

    private static List<String> read(String sheet, String text) {
        Document d = Sheets.article(text.replace(" ¶ ", "\n\n"), "2025-03-20");
        return new StateReader().read(d, sheet.equals("cable") ? CABLE : SCULPTOR).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "cable | The Orrin cable car was halted on Monday after a storm.",
        "cable | The Orrin cable car has been halted since the storm.",
        "cable | The Orrin cable car remains halted, the operator said.",
        "sculptor | Ilse Varga was released on Monday, her lawyer said.",
        "sculptor | Ilse Varga was liberated on Monday, her lawyer told reporters.",
        "sculptor | Ilse Varga has been released, the ministry confirmed.",
    })
    void a_synonym_of_the_wording_affirms_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly((sheet.equals("cable") ? "stopped" : "freed") + ": affirmed");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "cable | The Orrin cable car has not been halted, the operator said.",
        "sculptor | Ilse Varga has not been released, her lawyer said.",
        "sculptor | Ilse Varga has still not been liberated.",
    })
    void a_negated_synonym_denies_it(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly((sheet.equals("cable") ? "stopped" : "freed") + ": negated");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "cable | The Orrin cable car carried skiers while the chair lift was halted.",
        "sculptor | Ilse Varga said her brother was released on Monday.",
        "sculptor | Ilse Varga could be released next week.",
        "sculptor | Ilse Varga released a statement on Monday.",
        "cable | The operator of the Orrin cable car halted ticket sales.",
    })
    void a_synonym_of_another_thing_or_not_said_says_nothing(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}

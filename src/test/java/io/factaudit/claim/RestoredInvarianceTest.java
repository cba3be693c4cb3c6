package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Those whose loss was made good ("power was restored to 9,000") are no count of those still without. */
class RestoredInvarianceTest {

    static final Facts POWER = new SheetFixture()
        .names("Vell customers without power | customers without power in Vell, homes without power",
            "Vell Electric | the utility")
        .estimates("Vell customers without power", "Vell Electric | 2031-05-02 | 21,000").facts();

    static final Facts WATER = new SheetFixture()
        .names("Ardo residents without water | residents without water, people without running water",
            "Ardo Water Board | the water board")
        .estimates("Ardo residents without water", "Ardo Water Board | 2031-05-02 | 21,000").facts();

    static final Facts RESTORED = new SheetFixture()
        .names("Vell customers restored | customers restored, customers whose power was restored",
            "Vell Electric | the utility")
        .estimates("Vell customers restored", "Vell Electric | 2031-05-02 | 9,000").facts();

    private static final String HEADING = "Storm hits Vell and Ardo\n\n";

    @Test
    void a_verb_of_restoring_or_back_sets_the_count_aside_on_either_sheet() {
        List<String> frames = List.of("Service was restored to %s %s on Tuesday, the %s said.",
            "Crews have reinstated service for %s %s, the %s said.",
            "Supply was back for %s %s by Tuesday, the %s said.",
            "Supply came back for %s %s by Tuesday, the %s said.",
            "About %s %s have had service restored, the %s said.");
        for (String frame : frames) {
            for (String number : List.of("9,000", "nearly 9,000")) {
                String power = frame.formatted(number, "customers", "utility");
                String water = frame.formatted(number, "residents", "water board");
                assertThat(Decided.of(POWER, HEADING + power, "9,000").rule()).as(power).isEqualTo(Restored.NAME);
                assertThat(Decided.of(WATER, HEADING + water, "9,000").rule()).as(water).isEqualTo(Restored.NAME);
            }
        }
    }

    @Test
    void the_count_of_those_still_without_is_read() {
        Decided.of(POWER, HEADING + "About 21,000 customers were still without power on Tuesday, the utility said.", "21,000")
            .readAs("Vell customers without power");
        Decided.of(POWER, HEADING + "Power was restored to 9,000 homes, but 21,000 customers remain without power, the utility said.",
            "21,000").readAs("Vell customers without power");
        assertThat(Decided.of(POWER, HEADING + "Customers without power fell back to 21,000, the utility said.", "21,000").rule())
            .isNotEqualTo(Restored.NAME); // "back" of a change says nothing was restored
        assertThat(Decided.of(POWER, HEADING + "About 21,000 customers were without power as the storm turned back, the utility said.",
            "21,000").rule()).isNotEqualTo(Restored.NAME); // "back" the particle of another verb
    }

    @Test
    void a_sheet_that_counts_the_restored_reads_them() {
        Decided.of(RESTORED, HEADING + "Power was restored to 9,000 customers on Tuesday, the utility said.", "9,000")
            .readAs("Vell customers restored");
    }
}

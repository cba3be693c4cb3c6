package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables as newsrooms fill them: a dash or "n/a" where a figure is missing, a figure with a note, a
 * day the resolver does not read, a column of notes with figures in them, a figure scaled by
 * "million". Each row that holds a count is read; the others give nothing. Tables invented for this
 * test, on two invented topics (stranded hikers; hives lost to frost).
 */
class TableGapsTest {

    private static Facts sheet(String subject, String spellings) {
        SheetFixture f = new SheetFixture()
            .names(subject + " | " + spellings, "Mountain Board | the board", "Norland | ", "Easton | ", "Weir Town | Weir");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Easton | ", "Weir Town | "));
        b.estimates(subject, f.table("source | as of | where | count", "Mountain Board | 2031-05-01 | Norland | 40"));
        return f.facts();
    }

    private static final List<Facts> TOPICS = List.of(sheet("stranded hikers", "hikers stranded, stranded, hikers"),
        sheet("hives lost", "hives, beehives lost, colonies lost"));

    private static List<String> read(Facts facts, String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-05-03"), facts).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.where() + " " + c.source()).toList();
    }

    /** A header naming what each topic counts. */
    private static String header(Facts facts) {
        return facts.estimates().get(0).subject().startsWith("stranded") ? "Hikers" : "Hives";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u2014", "-", "n/a", "none", "not yet counted", "40 (est.)"})
    void a_cell_with_no_count_leaves_the_other_rows_of_its_column_read(String missing) {
        for (Facts facts : TOPICS) {
            String text = "The figures on Sunday:\n\nTown | " + header(facts) + " | Reported by\nNorland | 40 | Mountain Board\n"
                + "Easton | 12 | Mountain Board\nWeir Town | " + missing + " | Mountain Board\n";
            assertThat(read(facts, text)).as(text).containsExactly("40 Norland Mountain Board", "12 Easton Mountain Board");
        }
    }

    @Test
    void a_column_of_notes_with_figures_beside_a_column_of_places_breaks_nothing_down() {
        for (Facts facts : TOPICS) {
            String text = "Town | " + header(facts) + " | Note\nNorland | 40 | since 6 p.m.\nEaston | 12 | by 2 a.m.\n"
                + "Weir Town | 7 | after 3 days\n";
            assertThat(read(facts, text)).as(text).extracting(s -> s.split(" ")[0]).containsExactly("40", "12", "7");
        }
    }

    @Test
    void a_column_of_labels_with_no_figure_still_breaks_the_count_down() {
        for (Facts facts : TOPICS) {
            assertThat(read(facts, "Group | " + header(facts) + "\nvolunteers | 14\nstaff | 20\n")).isEmpty();
        }
    }

    @Test
    void a_day_the_resolver_cannot_read_leaves_its_row_undated_and_the_others_dated() {
        for (Facts facts : TOPICS) {
            String text = "Date | " + header(facts) + " | Source\nApril 28 | 20 | Mountain Board\nMay 2 | 31 | Mountain Board\n"
                + "the night of the storm | 52 | Mountain Board\n";
            assertThat(read(facts, text)).as(text).extracting(s -> s.split(" ")[0]).containsExactly("20", "31", "52");
        }
    }

    @Test
    void a_figure_scaled_by_a_word_is_a_count_and_a_decimal_share_is_not() {
        for (Facts facts : TOPICS) {
            assertThat(read(facts, "Town | " + header(facts) + " | Source\nNorland | 1.2 million | Mountain Board\n"
                + "Easton | 0.4 million | Mountain Board\n")).containsExactly("1200000 Norland Mountain Board",
                "400000 Easton Mountain Board");
            assertThat(read(facts, "Town | Share of " + header(facts).toLowerCase() + "\nNorland | 62.5\nEaston | 37.5\n")).isEmpty();
        }
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables written in an article's text, read row by row from what their columns hold; tables written for this test. */
class TableRowsTest {

    private static Facts sheet() {
        SheetFixture f = new SheetFixture()
            .names("fever cases | cases, infections, confirmed cases", "road closures | closures, roads closed",
                "Valley Health Board | health board", "Relief Office | relief office",
                "Norland | ", "Easton | ", "Weir Town | Weir");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Easton | ", "Weir Town | Norland"));
        b.estimates("fever cases", f.table("source | as of | where | count",
            "Valley Health Board | 2031-05-01 | Norland | 40",
            "Valley Health Board | 2031-05-01 | Easton | 12",
            "Relief Office | 2031-05-01 | Norland | 55"));
        b.estimates("road closures", f.table("source | as of | count", "Relief Office | 2031-05-01 | 9"));
        return f.facts();
    }

    private static final Facts SHEET = sheet();

    private static List<CountClaim> read(String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-05-03"), SHEET).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void a_row_gives_its_count_place_and_source_from_the_columns_named_by_the_header() {
        List<CountClaim> claims = read("Where things stand\n\nTown | Cases | Reported by\nNorland | 40 | Valley Health Board\n"
            + "Easton | 12 | Valley Health Board\n");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0)).satisfies(c -> {
            assertThat(c.subject()).isEqualTo("fever cases");
            assertThat(c.interval().low()).isEqualTo(40L);
            assertThat(c.where()).isEqualTo("Norland");
            assertThat(c.source()).isEqualTo("Valley Health Board");
            assertThat(c.text()).isEqualTo("Norland | 40 | Valley Health Board");
        });
        assertThat(claims.get(1).where()).isEqualTo("Easton");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cases | Town | Reported by\n40 | Norland | Valley Health Board\n12 | Easton | Valley Health Board\n",
        "Reported by | Cases | Town\nValley Health Board | 40 | Norland\nValley Health Board | 12 | Easton\n",
        "| Town | Cases | Reported by |\n|---|---:|---|\n| Norland | 40 | Valley Health Board |\n| Easton | 12 | Valley Health Board |\n",
        "Town      Cases    Reported by\nNorland   40       Valley Health Board\nEaston    12       Valley Health Board\n",
        "Town | Cases | Reported by\nNorland | forty | Valley Health Board\nEaston | twelve | Valley Health Board\n"})
    void columns_in_another_order_another_house_style_or_number_form_read_the_same(String table) {
        List<CountClaim> claims = read("The figures on Sunday:\n\n" + table);
        assertThat(claims).extracting(CountClaim::where).containsExactly("Norland", "Easton");
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(40L, 12L);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.subject()).isEqualTo("fever cases");
            assertThat(c.source()).isEqualTo("Valley Health Board");
        });
    }

    @Test
    void a_cell_that_is_no_place_of_the_sheet_counts_the_whole() {
        List<CountClaim> claims = read("Confirmed cases so far:\n\nCount | Where | Source\n40 | Norland | Valley Health Board\n"
            + "61 | all towns | Relief Office\n");
        assertThat(claims).extracting(CountClaim::where).containsExactly("Norland", null);
        assertThat(claims.get(1).source()).isEqualTo("Relief Office");
    }

    @Test
    void the_header_says_which_subject_each_column_counts_and_leaves_out_columns_of_other_things() {
        List<CountClaim> claims = read("Town | Cases | Roads closed | Schools shut\nNorland | 40 | 3 | 2\n"
            + "Easton | 12 | 6 | 1\n");
        assertThat(claims).extracting(CountClaim::subject)
            .containsExactly("fever cases", "road closures", "fever cases", "road closures");
    }

    @Test
    void with_several_subjects_on_the_sheet_a_header_that_names_none_needs_the_subject_above_the_table() {
        assertThat(read("Count | Where\n40 | Norland\n12 | Easton\n")).isEmpty();
        assertThat(read("Fever cases by town\n\nCount | Where\n40 | Norland\n12 | Easton\n"))
            .extracting(CountClaim::subject).containsOnly("fever cases").hasSize(2);
    }

    @Test
    void a_column_of_labels_the_sheet_does_not_keep_breaks_the_count_down_by_something_else() {
        assertThat(read("Age group | Cases\nunder 5 | 14\n5 to 17 | 20\n")).isEmpty();
        assertThat(read("Town | Share of cases\nNorland | 62.5\nEaston | 37.5\n")).isEmpty();
    }

    @Test
    void a_dated_row_is_a_figure_of_its_day() {
        List<CountClaim> claims = read("Date | Cases | Source\nApril 28 | 20 | Valley Health Board\n"
            + "May 3 | 52 | Valley Health Board\n");
        assertThat(claims).extracting(CountClaim::earlier).containsExactly(true, false);
        assertThat(claims.get(0).asOf()).hasToString("2031-04-28");
    }

    @Test
    void prose_with_a_pipe_or_aligned_words_is_no_table() {
        assertThat(TextTable.in("Data | Where the 40 cases were found\n\nThe board counted 40 cases.\n")).isEmpty();
        assertThat(TextTable.in("Town | Cases\nNorland | 40\n")).singleElement()
            .satisfies(t -> assertThat(t.rows()).hasSize(2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"62.5% | 37.5%", "62.5 | 37.5", "62% | 38%"})
    void a_column_of_shares_beside_the_counts_leaves_the_table_read(String shares) {
        String[] s = shares.split(" \\| ");
        List<CountClaim> claims = read("Town | Cases | Share of total\nNorland | 40 | " + s[0] + "\nEaston | 12 | " + s[1] + "\n");
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(40L, 12L);
        assertThat(claims).extracting(CountClaim::where).containsExactly("Norland", "Easton");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The town figures, as released by the Relief Office:", "Relief Office figures by town",
        "The relief office gave these figures:"})
    void without_a_column_of_sources_the_line_introducing_the_table_gives_its_source(String intro) {
        List<CountClaim> claims = read("The Valley Health Board met on Friday.\n\n" + intro + "\n\nTown | Cases\nNorland | 55\nEaston | 12\n");
        assertThat(claims).hasSize(2).extracting(CountClaim::source).containsOnly("Relief Office");
        assertThat(claims).allSatisfy(c -> assertThat(c.sourceOnSheet()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Town | Health board | Relief office\nNorland | 40 | 55\nEaston | 12 | 14\n",
        "Town | Relief Office | Valley Health Board\nNorland | 55 | 40\nEaston | 14 | 12\n",
        "| Town | Health board | Relief office |\n|---|---:|---:|\n| Norland | 40 | 55 |\n| Easton | 12 | 14 |\n"})
    void a_header_that_names_a_source_gives_each_column_its_source(String table) {
        List<CountClaim> claims = read("Fever cases by town on Sunday:\n\n" + table);
        assertThat(claims).hasSize(4).allSatisfy(c -> assertThat(c.subject()).isEqualTo("fever cases"));
        assertThat(claims).filteredOn(c -> "Valley Health Board".equals(c.source()))
            .extracting(CountClaim::where, c -> c.interval().low())
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Norland", 40L), org.assertj.core.groups.Tuple.tuple("Easton", 12L));
        assertThat(claims).filteredOn(c -> "Relief Office".equals(c.source()))
            .extracting(CountClaim::where, c -> c.interval().low())
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Norland", 55L), org.assertj.core.groups.Tuple.tuple("Easton", 14L));
    }

    @Test
    void on_another_topic_a_row_that_is_no_place_counts_the_whole_for_each_source_of_the_header() {
        SheetFixture f = new SheetFixture().names("job cuts | jobs cut, layoffs", "Corvan Steel | Corvan, the company",
            "Metal Workers Union | the union, MWU", "Dorn | ", "Pellham | ");
        f.builder().places(f.table("place | within", "Dorn | ", "Pellham | "));
        f.builder().estimates("job cuts", f.table("source | as of | where | count",
            "Corvan Steel | 2031-05-01 | | 900", "Metal Workers Union | 2031-05-01 | | 1,400"));
        List<CountClaim> claims = new CountForms(new CountReader()).read(SheetFixture.document(
            "Plant | Corvan | MWU\nDorn | 500 | 800\nPellham | 400 | 600\nAll plants | 900 | 1,400\n", "2031-05-03"), f.facts())
            .stream().map(CountClaim.class::cast).toList();
        assertThat(claims).hasSize(6).allSatisfy(c -> assertThat(c.subject()).isEqualTo("job cuts"));
        assertThat(claims).filteredOn(c -> c.where() == null).extracting(CountClaim::source, c -> c.interval().low())
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Corvan Steel", 900L),
                org.assertj.core.groups.Tuple.tuple("Metal Workers Union", 1400L));
    }

    @Test
    void a_header_that_names_neither_a_subject_nor_a_source_still_leaves_its_column_out() {
        assertThat(read("Town | Cases | Ambulances\nNorland | 40 | 3\nEaston | 12 | 6\n"))
            .extracting(CountClaim::subject).containsOnly("fever cases").hasSize(2);
    }
}

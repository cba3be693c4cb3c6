package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures in labelled lines (fact boxes); a sheet and lines invented for this test. */
class LabelledLinesTest {

    private static Facts sheet() {
        SheetFixture f = new SheetFixture()
            .names("ferry passengers | passengers, travellers", "Harbour Agency | harbour agency", "Port Watch | port monitors",
                "Norland | ", "Easton | ", "Weir Town | Weir");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Easton | ", "Weir Town | Norland"));
        b.estimates("ferry passengers", f.table("source | as of | where | count",
            "Harbour Agency | 2031-05-01 | | 2300",
            "Harbour Agency | 2031-05-01 | Norland | 900",
            "Port Watch | 2031-05-01 | Easton | 700"));
        return f.facts();
    }

    private static final Facts SHEET = sheet();

    private static List<CountClaim> lines(String text) {
        return new LabelledLines().read(SheetFixture.document(text, "2031-05-03"), SHEET);
    }

    private static List<CountClaim> counts(String text) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-05-03"), SHEET).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Norland: 900", "- Norland: 900 passengers", "\u2022 Norland \u2014 nine hundred", "Norland - 900",
        "Weir: 900", "* Weir Town: about 900, most by the night boat"})
    void a_line_labelled_by_a_place_counts_there_for_the_source_labelling_a_line_above(String line) {
        List<CountClaim> claims = counts("THE BOX\n- Port Watch: 2,300 passengers overall\n" + line + "\n");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0)).satisfies(c -> {
            assertThat(c.source()).isEqualTo("Port Watch");
            assertThat(c.where()).isNull();
            assertThat(c.interval().low()).isEqualTo(2300L);
        });
        assertThat(claims.get(1)).satisfies(c -> {
            assertThat(c.subject()).isEqualTo("ferry passengers");
            assertThat(c.source()).isEqualTo("Port Watch");
            assertThat(c.where()).isIn("Norland", "Weir Town");
            assertThat(c.interval().low()).isLessThanOrEqualTo(900L);
            assertThat(c.interval().high()).isGreaterThanOrEqualTo(900L);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Norland: 1,800 ticket booths", "Norland: 900 more", "Norland: 900 crossed on Friday night",
        "Weather: 900 passengers", "Norland: 62 percent", "May 1 \u2014 900", "The passengers who sailed to Norland said: 900 were turned back"})
    void another_noun_an_increment_a_clause_or_a_label_that_is_no_place_or_source_of_the_sheet_is_no_labelled_figure(String line) {
        assertThat(lines("- Harbour Agency: 2,300 passengers\n" + line + "\n")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The numbers\nEaston: 700\n", "Passengers by port\nEaston: 700\n"})
    void a_figure_whose_source_no_line_names_is_not_read(String text) {
        assertThat(lines(text)).isEmpty();
    }

    @Test
    void a_figure_whose_subject_no_line_names_counts_the_sheets_only_subject_and_no_subject_of_several() {
        for (String text : List.of("Figures (Port Watch):\nEaston: 700\n", "THE MONITORS\n- Port Watch: 2,300 nationwide\nEaston: 700\n")) {
            assertThat(lines(text)).as(text).isNotEmpty().allSatisfy(c -> {
                assertThat(c.subject()).isEqualTo("ferry passengers");
                assertThat(c.source()).isEqualTo("Port Watch");
            });
        }
        SheetFixture f = new SheetFixture().names("job cuts | layoffs", "hires | new jobs", "Dock Union | the union", "Easton | ");
        f.builder().places(f.table("place | within", "Easton | "));
        f.estimates("job cuts", "Dock Union | 2031-05-01 | 700").estimates("hires", "Dock Union | 2031-05-01 | 90");
        assertThat(new LabelledLines().read(SheetFixture.document("Figures (Dock Union):\nEaston: 700\n", "2031-05-03"), f.facts()))
            .isEmpty();
        assertThat(new LabelledLines().read(SheetFixture.document("Figures (Dock Union):\nEaston: 700 layoffs\n", "2031-05-03"),
            f.facts())).extracting(CountClaim::subject).containsExactly("job cuts");
    }

    @Test
    void the_line_introducing_the_block_may_name_both_its_source_and_its_subject() {
        assertThat(lines("Passengers by port (Port Watch):\nEaston: 700\nNorland: 900\n"))
            .extracting(CountClaim::where, CountClaim::source)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Easton", "Port Watch"),
                org.assertj.core.groups.Tuple.tuple("Norland", "Port Watch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 28 \u2014 ", "April 28: ", "- April 28 \u2014 ", "28 April \u2013 ", "Apr. 28 - "})
    void a_timeline_of_bare_figures_under_a_line_naming_source_and_subject_is_read_of_each_day(String head) {
        String text = "Crossings so far (Port Watch, ferry passengers):\n" + head + "400\n"
            + head.replace("28", "30") + "700\n";
        List<CountClaim> claims = counts(text);
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(400L, 700L);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.subject()).isEqualTo("ferry passengers");
            assertThat(c.source()).isEqualTo("Port Watch");
            assertThat(c.earlier()).isTrue();
        });
        assertThat(claims.get(0).asOf()).isEqualTo(java.time.LocalDate.parse("2031-04-28"));
    }

    @Test
    void a_dated_line_under_a_line_naming_no_subject_or_with_words_after_its_figure_is_not_a_labelled_figure() {
        assertThat(lines("How it unfolded (Port Watch):\nApril 28 \u2014 400\nApril 30 \u2014 700\n")).isEmpty();
        assertThat(lines("Crossings so far (Port Watch, ferry passengers):\nApril 28 \u2014 400 boats left the harbour at dawn\n"))
            .isEmpty();
        assertThat(lines("Crossings so far (Port Watch, ferry passengers):\nApril 28 \u2014 400 passengers\n")).isEmpty();
    }
}

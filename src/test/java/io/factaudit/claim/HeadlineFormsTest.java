package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.lexicon.QuantityVerbs;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts told as a change or set by a verb, in headlines and sentences; lines written for this test. */
class HeadlineFormsTest {

    /** A sheet that counts one subject, by place. */
    private static Facts oneSubject() {
        SheetFixture f = new SheetFixture().names("fever cases | cases, infections, confirmed cases",
            "Valley Health Board | health board", "Norland | ", "Easton | ");
        FactsBuilder b = f.builder();
        b.places(f.table("place | within", "Norland | ", "Easton | "));
        b.estimates("fever cases", f.table("source | as of | where | count",
            "Valley Health Board | 2031-05-01 | Norland | 40", "Valley Health Board | 2031-05-01 | | 52"));
        return f.facts();
    }

    private static final Facts ONE = oneSubject();
    private static final Facts TWO = new SheetFixture()
        .names("storm deaths | deaths, dead, died, killed, death toll, toll", "households evacuated | evacuated, evacuees",
            "Rescue Agency | agency")
        .estimates("storm deaths", "Rescue Agency | 2031-03-04 | 12")
        .estimates("households evacuated", "Rescue Agency | 2031-03-04 | 800")
        .facts();

    private static List<CountClaim> read(String text, Facts facts) {
        return new CountForms(new CountReader()).read(SheetFixture.document(text, "2031-05-03"), facts).stream()
            .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Norland count climbs to 40", "Norland count rises to 40", "Norland tally reaches 40",
        "Norland fever count has risen to 40 this week"})
    void a_count_noun_told_as_a_change_counts_the_sheets_only_subject_located_by_the_place_before_it(String headline) {
        assertThat(read(headline, ONE)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("fever cases");
            assertThat(c.interval().low()).isEqualTo(40L);
            assertThat(c.where()).isEqualTo("Norland");
        });
    }

    @Test
    void a_number_in_words_reads_as_in_digits() {
        assertThat(read("Norland count climbs to twelve", ONE)).extracting(c -> c.interval().low(), CountClaim::where)
            .containsExactlyElementsOf(read("Norland count climbs to 12", ONE).stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.interval().low(), c.where())).toList())
            .hasSize(1);
    }

    @Test
    void a_count_noun_of_something_else_is_not_the_only_subject() {
        assertThat(read("Norland death toll climbs to 4", ONE)).isEmpty();
        assertThat(read("Norland vaccination count climbs to 400", ONE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Norland cases pass 40", "Norland cases top 40", "Norland cases exceed 40",
        "Norland fever cases climb above 40", "Norland infections pass 40"})
    void a_verb_of_passing_a_threshold_makes_the_figure_a_floor(String headline) {
        assertThat(read(headline, ONE)).singleElement().satisfies(c -> {
            assertThat(c.interval().low()).isEqualTo(40L);
            assertThat(c.interval().high()).isNull();
            assertThat(c.where()).isEqualTo("Norland");
        });
    }

    @Test
    void a_verb_of_change_to_a_figure_reads_it_exactly() {
        assertThat(read("Norland cases climb to 40", ONE)).singleElement()
            .satisfies(c -> assertThat(c.interval().high()).isEqualTo(40L));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The agency put the toll at 12.", "The agency puts the death toll at 12.",
        "Agency puts storm toll at 12", "The agency, putting the toll at twelve, said the search went on."})
    void a_verb_that_sets_a_figure_links_its_object_to_the_number(String sentence) {
        assertThat(read(sentence, TWO)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("storm deaths");
            assertThat(c.interval().low()).isEqualTo(12L);
        });
    }

    @Test
    void a_figure_raised_from_one_number_to_another_gives_both_the_first_marked_earlier() {
        List<CountClaim> claims = read("The count of confirmed cases was raised from 31 to 40 on Monday.", ONE);
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(31L, 40L);
        assertThat(claims).extracting(CountClaim::earlier).containsExactly(true, false);
        List<CountClaim> lowered = read("The count of confirmed cases was lowered from 45 to 40 on Monday.", ONE);
        assertThat(lowered).extracting(CountClaim::earlier).containsExactly(true, false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The death toll was raised from 9 to 12 on Monday.", "The death toll rose from 9 to 12 on Monday.",
        "The death toll climbed from nine to 12 on Monday."})
    void on_a_sheet_of_several_subjects_the_figure_a_change_reaches_keeps_the_count_nouns_subject(String sentence) {
        List<CountClaim> claims = read(sentence, TWO);
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(9L, 12L);
        assertThat(claims).extracting(CountClaim::subject).containsOnly("storm deaths");
        assertThat(claims).extracting(CountClaim::earlier).containsExactly(true, false);
    }

    @Test
    void the_verbs_of_change_and_of_passing_come_from_wordnet_in_every_inflection() {
        assertThat(List.of("raised", "lowered", "increases", "fell", "reaching", "climbed")).allMatch(QuantityVerbs::changes);
        assertThat(List.of("passed", "tops", "exceeding", "surpassed")).allMatch(QuantityVerbs::passes);
        assertThat(List.of("rose", "said", "killed")).noneMatch(QuantityVerbs::passes);
        assertThat(List.of("said", "killed", "visited")).noneMatch(QuantityVerbs::changes);
    }

    @Test
    void a_place_owning_the_count_noun_locates_both_figures_of_a_change() {
        assertThat(read("Norland's count of confirmed cases was raised from 31 to 40 on Monday.", ONE))
            .extracting(CountClaim::where).containsExactly("Norland", "Norland");
    }

    @Test
    void a_place_in_another_clause_before_the_count_does_not_locate_it() {
        assertThat(read("Rain eases in Norland as count climbs to 52", ONE)).singleElement()
            .satisfies(c -> assertThat(c.where()).isNull());
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts told as a change, and increments set aside; sentences written for this test. */
class CountChangeTest {

    private static final Facts FACTS = new SheetFixture()
        .names("storm deaths | deaths, dead, died, killed, death toll, toll", "households evacuated | evacuated, evacuees",
            "Rescue Agency | agency")
        .estimates("storm deaths", "Rescue Agency | 2031-03-04 | 12")
        .estimates("households evacuated", "Rescue Agency | 2031-03-04 | 800")
        .facts();

    private static List<CountClaim> read(String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-03-05"), FACTS).stream()
            .map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The death toll rose to 14 on Thursday.",
        "The death toll climbed to 14 on Thursday.",
        "The death toll has risen to 14, the agency said.",
        "The death toll reaches 14.",
        "The death toll jumped to 14, officials said.",
        "The death toll swelled to 14 on Thursday.",
        "The death toll has doubled to 14, the agency said.",
        "The death toll surged to 14 on Thursday.",
        "The death toll dwindled to 14 after a recount, the agency said.",
        "The death toll was lowered to 14 on Thursday."})
    void a_verb_of_change_links_the_count_noun_to_its_number(String sentence) {
        assertThat(read(sentence)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("storm deaths");
            assertThat(c.interval().low()).isEqualTo(14L);
        });
    }

    @Test
    void a_verb_of_change_is_known_in_any_inflection_and_others_are_not() {
        assertThat(List.of("rises", "rose", "risen", "climbing", "reached", "surpassed", "topped"))
            .allMatch(CountChange::isVerb, "a verb of change");
        assertThat(List.of("said", "killed", "the", "14")).noneMatch(CountChange::isVerb);
        // a verb of change is one just below becoming or making more or less in WordNet, not one further down
        assertThat(List.of("swelled", "grew", "dwindled", "shrank", "doubling", "soared", "plunged", "boosted"))
            .allMatch(CountChange::isVerb, "a verb of change");
        assertThat(List.of("classified", "wrinkled", "stunned", "delayed")).noneMatch(CountChange::isVerb);
    }

    @Test
    void an_increment_is_not_the_count() {
        assertThat(read("Another 30 households were evacuated on Friday, the agency said.")).isEmpty();
        assertThat(read("Rescuers evacuated 30 more households on Friday.")).isEmpty();
        assertThat(read("The agency said 30 households were evacuated on Friday.")).singleElement()
            .extracting(CountClaim::subject).isEqualTo("households evacuated");
    }

    @Test
    void a_change_a_modal_only_speculates_about_is_set_aside() {
        assertThat(read("The death toll could rise to 14, the agency said.")).isEmpty();
        assertThat(read("The death toll rose to 14, the agency said.")).hasSize(1);
    }

    @Test
    void a_headline_verb_of_what_is_counted_stands_for_its_elided_noun_but_not_in_a_proportion() {
        assertThat(read("Storm kills at least 9 in the hills")).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("storm deaths");
            assertThat(c.interval().low()).isEqualTo(9L);
        });
        assertThat(read("Storm kills 9")).singleElement().extracting(CountClaim::subject).isEqualTo("storm deaths");
        assertThat(read("Such storms kill nine in ten of the animals caught outside")).isEmpty();
    }

    @Test
    void a_denied_count_is_set_aside_but_a_bound_is_not_a_denial() {
        assertThat(read("The agency said 14 people died in the storm.")).hasSize(1);
        assertThat(read("The agency said 14 people did not die in the storm.")).isEmpty();
        assertThat(read("The agency did not say that 14 people died in the storm.")).isEmpty();
        assertThat(read("The agency found no evidence that 14 people died in the storm.")).isEmpty();
        assertThat(read("The agency said no more than 14 people died in the storm.")).hasSize(1);
        assertThat(read("The agency, which did not give names, said 14 people died in the storm.")).hasSize(1);
    }

    @Test
    void a_count_a_modal_puts_as_possible_is_set_aside_wherever_the_modal_stands() {
        assertThat(read("The agency said 14 households could be evacuated tonight.")).isEmpty();
        assertThat(read("The agency said the river might force 14 households to be evacuated.")).isEmpty();
        assertThat(read("The agency said 14 households were evacuated tonight.")).hasSize(1);
        assertThat(read("In May, 14 households were evacuated, the agency said.")).hasSize(1);
    }

    @Test
    void the_figure_a_change_starts_from_is_an_earlier_figure_of_the_same_count() {
        List<CountClaim> claims = read("The death toll rose to 14 from nine, the agency said.");
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(14L, 9L);
        assertThat(claims).extracting(CountClaim::earlier).containsExactly(false, true);
        assertThat(claims).extracting(CountClaim::subject).containsOnly("storm deaths");
        assertThat(claims).extracting(CountClaim::source).containsOnly("Rescue Agency");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Harbour's death toll passes 14 as rain returns",
        "Harbour's death toll tops 14 as rain returns",
        "Harbour death toll surpasses 14",
        "The evacuee count exceeds 14 in the hills"})
    void a_verb_of_passing_read_as_the_numbers_hedge_links_the_count_noun_and_makes_a_floor(String sentence) {
        assertThat(read(sentence)).singleElement().satisfies(c -> {
            assertThat(c.interval().low()).isEqualTo(14L);
            assertThat(c.interval().high()).isNull();
        });
    }

    @Test
    void a_verb_of_passing_in_the_infinitive_does_not_link_a_figure_noun_to_the_number() {
        assertThat(read("Officials privately expect the total to exceed 14.")).isEmpty();
    }
}

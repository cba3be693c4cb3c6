package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A locative phrase after the number in its clause; sentences written for this test. */
class LocativeAfterTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new LocativeAfter(), text, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in", "across", "in neighbouring", "in and around", "at the board's", "throughout"})
    void the_preposition_and_the_words_before_the_place_do_not_change_it(String words) {
        assertThat(locate("Nurses treated 40 infections " + words + " Vesterby.", "40")).as(words).isEqualTo("Vesterby");
    }

    @Test
    void each_part_of_a_list_takes_the_place_before_the_next_number_spelled_or_not() {
        String text = "The board counted 20 cases in Ostland and nine in Vesterby.";
        assertThat(locate(text, "20")).isEqualTo("Ostland");
        assertThat(locate(text, "nine")).isEqualTo("Vesterby");
        assertThat(locate("In all, 28 people fell ill in the valley and three in Vesterby.", "28")).isNull();
    }

    @Test
    void where_the_counted_come_from_puts_them_there_but_a_change_from_a_figure_does_not() {
        assertThat(locate("The board said 40 people fell ill, and nine of them were from Vesterby.", "nine")).isEqualTo("Vesterby");
        assertThat(locate("Infections rose to 40, up from 31 from Vesterby alone.", "40")).isNull();
    }

    @Test
    void a_place_in_a_coordinated_predicate_does_not_locate_the_count() {
        assertThat(locate("The board counted 500 cases and will open a clinic in Vesterby.", "500")).isNull();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place right before the number in a clause whose verb is left out; sentences written for this test. */
class GappedPlaceTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new GappedPlace(), text, number);
    }

    @Test
    void a_coordinated_place_takes_the_number_after_it() {
        assertThat(locate("Ostland has 300 of the cases and Vesterby 41.", "41")).isEqualTo("Vesterby");
        assertThat(locate("Ostland has logged 300 infections, Marlow County nine and Vesterby four.", "nine"))
            .isEqualTo("Marlow County");
        assertThat(locate("Ostland has logged 300 infections, Marlow County nine and Vesterby four.", "four"))
            .isEqualTo("Vesterby");
    }

    @Test
    void without_a_verb_to_repeat_there_is_no_gap() {
        assertThat(locate("Cases by place: Vesterby 41.", "41")).isNull();
        assertThat(locate("The board counted 300 cases in Ostland.", "300")).isNull();
    }
}

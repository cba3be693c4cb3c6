package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place modifying the counted noun right after the number; sentences written for this test. */
class PlaceModifierTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new PlaceModifier(), text, number);
    }

    @Test
    void a_place_before_the_counted_noun_locates_the_count_whatever_the_noun() {
        assertThat(locate("The board confirmed 310 Vesterby infections.", "310")).isEqualTo("Vesterby");
        assertThat(locate("The board confirmed 310 new Ostland cases.", "310")).isEqualTo("Ostland");
        assertThat(locate("The board confirmed 310 Marlow hospital admissions.", "310")).isEqualTo("Marlow County");
    }

    @Test
    void a_place_that_is_not_a_modifier_does_not_locate() {
        assertThat(locate("The board sent 310 to Vesterby.", "310")).isNull();
        assertThat(locate("The board confirmed 310, Vesterby said.", "310")).isNull();
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A fronted prepositional phrase that puts the main clause in a place; sentences written for this test. */
class FrontedPlaceTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new FrontedPlace(), text, number);
    }

    @Test
    void a_fronted_place_locates_the_counts_of_its_clause_across_a_verb_of_reporting() {
        assertThat(locate("In Vesterby, the board reported 26 cases.", "26")).isEqualTo("Vesterby");
        assertThat(locate("Across the river in Ostland, officials counted 26 infections.", "26")).isEqualTo("Ostland");
        assertThat(locate("In Marlow on Monday, the board said 26 cases had been confirmed.", "26")).isEqualTo("Marlow County");
    }

    @Test
    void a_phrase_that_opens_with_a_verb_or_names_no_place_does_not_locate() {
        assertThat(locate("Speaking in Vesterby, the minister said 900 cases had been confirmed.", "900")).isNull();
        assertThat(locate("In a statement, the board reported 26 cases.", "26")).isNull();
        assertThat(locate("In Vesterby officials reported 26 cases.", "26")).as("no comma closes a fronted phrase").isNull();
    }

    @Test
    void a_determiner_and_a_word_after_the_place_keep_it_fronted_under_any_verb_and_place() {
        for (String[] place : new String[][] {{"the Marlow County district alone", "Marlow County"}, {"the Vesterby area", "Vesterby"},
            {"the Ostland region alone", "Ostland"}}) {
            for (String clause : new String[] {"the board reported 412 cases", "officials counted 412 infections",
                "the board said 412 cases had been confirmed"}) {
                String text = "In " + place[0] + ", " + clause + ".";
                assertThat(locate(text, "412")).as(text).isEqualTo(place[1]);
            }
        }
        assertThat(locate("Speaking in the Vesterby area, the minister said 900 cases had been confirmed.", "900")).isNull();
    }
}

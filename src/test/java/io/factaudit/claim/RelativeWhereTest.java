package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The place a relative "where" follows locates the counts of its clause; sentences written for this test. */
class RelativeWhereTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new RelativeWhere(), text, number);
    }

    @Test
    void every_count_of_the_relative_clause_is_in_its_place() {
        String text = "The virus spread to Vesterby, where the board now expects 140 cases rather than the 90 it forecast.";
        assertThat(locate(text, "140")).isEqualTo("Vesterby");
        assertThat(locate(text, "90")).isEqualTo("Vesterby");
        assertThat(locate("Nurses went to Marlow County where 21 infections were logged.", "21")).isEqualTo("Marlow County");
    }

    @Test
    void a_count_after_the_relative_clause_closes_or_after_a_word_that_is_not_a_place_is_not_located() {
        assertThat(locate("Nurses went to Vesterby, where clinics are full, and 21 infections were logged.", "21")).isNull();
        assertThat(locate("Nurses went to the clinic, where 21 infections were logged.", "21")).isNull();
    }
}

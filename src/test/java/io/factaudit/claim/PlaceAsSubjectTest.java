package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A place that is the subject of the clause governing the number; sentences written for this test. */
class PlaceAsSubjectTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new PlaceAsSubject(), text, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has", "now has", "recorded", "has recorded", "counts", "reports", "is holding at", "accounts for"})
    void the_verb_of_the_clause_does_not_change_the_place(String verb) {
        assertThat(locate("Vesterby " + verb + " 36 confirmed infections, the board said.", "36")).as(verb).isEqualTo("Vesterby");
    }

    @Test
    void another_place_and_another_topic_noun_read_the_same() {
        assertThat(locate("Marlow County now has 52 cases.", "52")).isEqualTo("Marlow County");
        assertThat(locate("Ostland now has 52 hospital admissions.", "52")).isEqualTo("Ostland");
    }

    @Test
    void an_apposition_and_the_nouns_the_place_modifies_stand_between_it_and_the_verb() {
        assertThat(locate("Vesterby, the largest port, has logged 14 infections.", "14")).isEqualTo("Vesterby");
        assertThat(locate("Marlow infections climbed to 64 overnight.", "64")).isEqualTo("Marlow County");
    }

    @Test
    void the_clause_order_does_not_matter_when_the_place_opens_its_clause() {
        assertThat(locate("The board said on Friday that Ostland has 75 cases.", "75")).isEqualTo("Ostland");
        assertThat(locate("Infections are falling, and Vesterby has 12 cases left.", "12")).isEqualTo("Vesterby");
    }

    @Test
    void a_place_that_is_not_the_subject_does_not_locate_the_count() {
        assertThat(locate("Nurses sent to Vesterby have treated 45 infections.", "45")).isNull();
        assertThat(locate("The board, based in Ostland, has 700 cases on file.", "700")).isNull();
        assertThat(locate("Vesterby hired nurses after 30 cases were confirmed.", "30")).isNull();
    }

    @Test
    void a_place_after_the_number_is_not_its_subject() {
        assertThat(locate("There are 80 cases as Vesterby waits for vaccine.", "80")).isNull();
    }

    @Test
    void the_places_own_determiner_and_alone_after_it_keep_it_the_subject() {
        assertThat(locate("The Vesterby district alone has taken in 36 infections.", "36")).isEqualTo("Vesterby");
        assertThat(locate("The Marlow County clinics have treated 52 cases, the board said.", "52")).isEqualTo("Marlow County");
        // a possessive determiner is an owner, not the place's article
        assertThat(locate("Their Vesterby report has 36 cases.", "36")).isNull();
    }
}

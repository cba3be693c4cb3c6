package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A place owning or locating the count noun before the number, in its clause; sentences written for this test. */
class PlaceOfCountNounTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new PlaceOfCountNoun(), text, number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"was raised from 131 to", "rose from 131 to", "has been revised to", "climbed to"})
    void the_verb_of_change_between_the_count_noun_and_the_number_does_not_change_the_place(String change) {
        assertThat(locate("Vesterby's count of confirmed cases " + change + " 164 on Monday.", "164")).as(change).isEqualTo("Vesterby");
    }

    @Test
    void the_owner_the_locative_and_the_modifier_of_the_count_noun_locate_alike() {
        assertThat(locate("The infection count in Ostland climbed to 410.", "410")).isEqualTo("Ostland");
        assertThat(locate("Ostland's infection count climbed to 410.", "410")).isEqualTo("Ostland");
        assertThat(locate("The Ostland infection count climbed to 410.", "410")).isEqualTo("Ostland");
    }

    @Test
    void a_place_before_a_verb_of_reporting_or_another_number_is_in_another_clause() {
        assertThat(locate("Ostland's count stood at 40, and the board said 164 cases were confirmed.", "164")).isNull();
        assertThat(locate("Ostland's count stood at 40 and then 164.", "164")).isNull();
    }
}

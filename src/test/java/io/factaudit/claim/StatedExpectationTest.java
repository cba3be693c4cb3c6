package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated expectation is a claim of its speaker ("the governor expects the final toll to be about
 * 14"); a modal of possibility is speculation ("the toll could be 14"). The copula in any form links
 * the count noun to its figure.
 */
class StatedExpectationTest {

    @Test
    void a_count_noun_linked_to_its_figure_by_be_is_a_claim_of_the_speaker_whatever_the_tense() {
        for (String sentence : List.of(
            "Governor Lane said she expected the final storm toll to be about 14.",
            "Governor Lane says the final storm toll will be about 14.",
            "Governor Lane said the final storm toll would be about 14.",
            "The final storm toll will be about 14, Governor Lane said.",
            "Governor Lane said the final storm toll has been about 14 since Monday.")) {
            Decided d = Decided.storm(sentence, "14").readAs("Tarn storm deaths");
            assertThat(d.claim().source()).as(sentence).isEqualTo("Governor Lane");
            assertThat(d.claim().interval().low()).as(sentence).isLessThan(14);
            assertThat(d.claim().interval().high()).as(sentence).isGreaterThan(14);
        }
    }

    @Test
    void the_hedge_of_an_expectation_is_kept_in_digits_and_in_words() {
        Decided digits = Decided.storm("Governor Lane expects the final storm toll to be 14.", "14").readAs("Tarn storm deaths");
        assertThat(digits.claim().interval().low()).isEqualTo(14);
        assertThat(digits.claim().interval().high()).isEqualTo(14);
        Decided atLeast = Decided.storm("Governor Lane expects the storm toll to be at least 14.", "at least 14")
            .readAs("Tarn storm deaths");
        assertThat(atLeast.claim().interval().low()).isEqualTo(14);
        assertThat(atLeast.claim().interval().high()).isNull();
    }

    @Test
    void a_modal_of_possibility_before_be_is_still_speculation() {
        Decided.storm("Governor Lane said the number of people killed could be 14.", "14").setAsideBy("speculation", "could");
        Decided.storm("Governor Lane said the number of people killed might be about 14.", "about 14").setAsideBy("speculation", "might");
        Decided.storm("Governor Lane said the number of people killed will be 14.", "14").readAs("Tarn storm deaths");
    }
}

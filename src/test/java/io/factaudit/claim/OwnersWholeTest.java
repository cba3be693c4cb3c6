package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole an owner has ("its 90,000 residents", "which serves 90,000 homes") is no count of the subject. */
class OwnersWholeTest {

    @Test
    void the_whole_an_owner_has_is_set_aside_in_each_form_and_number_form() {
        for (String frame : List.of("Of its %s residents, 11,000 were evacuated, the agency said.",
            "Tarn, which has %s residents, was evacuated, the agency said.",
            "The county, which now serves %s residents, was evacuated, the agency said.",
            "Tarn, home to %s people, was evacuated, the agency said.",
            "The agency said half of their %s people had been evacuated.")) {
            for (String number : List.of("90,000", "roughly 90,000", "some 90,000")) {
                String text = frame.formatted(number);
                assertThat(Decided.storm(text, "90,000").rule()).as(text).isEqualTo(OwnersWhole.NAME);
            }
        }
    }

    @Test
    void a_count_after_a_clause_of_saying_or_an_auxiliary_is_read() {
        Decided.storm("The agency said that it had evacuated 11,000 people.", "11,000").readAs("Tarn evacuees");
        Decided.storm("The agency, which has evacuated 11,000 people, opened shelters.", "11,000").readAs("Tarn evacuees");
        Decided.storm("The agency said it has 11,000 evacuees in shelters.", "11,000").readAs("Tarn evacuees");
    }

    @Test
    void explain_names_the_words_of_the_owner() {
        Decided.storm("Tarn, which has 90,000 residents, was evacuated.", "90,000").setAsideBy(OwnersWhole.NAME, "which has");
        Decided.storm("Tarn, home to 90,000 people, was evacuated.", "90,000").setAsideBy(OwnersWhole.NAME, "home to");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A count of people with its noun left out before the perfect of the subject's own verb; sentences written for this test. */
class ElidedPerfectTest {

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "Coast Guard | the guard")
            .estimates(subject, "Coast Guard | 2031-05-02 | 3,000").facts();
    }

    private static List<Long> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low()).toList();
    }

    @Test
    void the_perfect_of_the_subjects_verb_counts_it_whatever_the_verb_and_topic() {
        for (String[] topic : List.of(new String[] {"refugees", "refugee, fled", "fled"},
            new String[] {"migrants", "migrant, landed", "landed"}, new String[] {"strikers", "striker, walked out", "walked out"})) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String aux : List.of("have", "has", "had")) {
                String text = "The Coast Guard said 3,100 " + aux + " " + topic[2] + " since May.";
                assertThat(read(facts, text)).as(text).containsExactly(3100L);
            }
            // a verb the sheet does not spell says nothing of what is counted
            assertThat(read(facts, "The Coast Guard said 3,100 have waited since May.")).as(topic[0]).isEmpty();
        }
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event marked as another, earlier occasion, as the subject of the count's clause, makes the count historical. */
class OtherOccasionInvarianceTest {

    @Test
    void an_earlier_occasion_that_does_the_counting_sets_the_count_aside() {
        for (String occasion : List.of("The previous storm", "A similar flood", "The last evacuation", "An earlier disaster")) {
            for (String verb : List.of("forced", "had driven")) {
                String text = "%s %s 8,000 evacuees from the valley, the agency said.".formatted(occasion, verb);
                assertThat(Decided.storm(text, "8,000").rule()).as(text).isEqualTo(HistoricalFigure.NAME);
            }
        }
    }

    @Test
    void this_occasion_or_an_occasion_compared_in_another_clause_keeps_the_count() {
        Decided.storm("The storm forced 8,000 evacuees from the valley, the agency said.", "8,000").readAs("Tarn evacuees");
        Decided.storm("Unlike the previous storm, this one forced 8,000 evacuees from the valley, the agency said.", "8,000")
            .readAs("Tarn evacuees");
        Decided.storm("Over the past week, 8,000 evacuees left the valley, the agency said.", "8,000").readAs("Tarn evacuees");
    }

    @Test
    void explain_names_the_occasion() {
        Decided.storm("The previous storm forced 8,000 evacuees out.", "8,000").setAsideBy(HistoricalFigure.NAME, "previous storm");
    }
}

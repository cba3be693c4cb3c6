package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure added to a count is not the count: a word of addition, or a clause of result that gives the count. Sentences invented. */
class IncrementTest {

    @Test
    void a_number_told_as_added_to_a_count_is_set_aside_whichever_side_the_word_stands() {
        Decided.storm("The agency said another 2,500 evacuees reached the shelters.", "2,500")
            .setAsideBy("an increment", "another");
        Decided.storm("The agency said 2,500 more evacuees reached the shelters.", "2,500")
            .setAsideBy("an increment", "more");
        Decided.troops("Seoul said an additional 900 North Korean troops had crossed.", "900")
            .setAsideBy("an increment", "additional");
    }

    @Test
    void a_figure_whose_clause_of_result_gives_the_count_is_set_aside_in_any_verb_number_and_topic() {
        for (String result : List.of("bringing the total to", "which took the total to", "pushing the number of evacuees to",
            "raising the tally to")) {
            for (String number : List.of("2,500", "about 2,500", "two thousand")) {
                String text = "The agency said " + number + " evacuees reached the shelters on Monday, " + result + " 12,000.";
                Decided.storm(text, number).setAsideBy("an increment", result.startsWith("which") ? result.substring(6) : result);
            }
        }
        Decided.troops("Seoul said 1,500 North Korean troops crossed on Friday, bringing the force to about 3,000.", "1,500")
            .setAsideBy("an increment", "bringing the force to");
    }

    @Test
    void without_the_word_of_addition_the_number_is_the_count() {
        Decided.storm("The agency said 2,500 evacuees reached the shelters.", "2,500").readAs("Tarn evacuees");
        Decided.storm("The agency said 12,000 people were evacuated, leading officials to open 20 halls.", "12,000")
            .readAs("Tarn evacuees");
        Decided.storm("The agency said 12,000 people were evacuated, bringing traffic to a halt.", "12,000")
            .readAs("Tarn evacuees");
    }
}

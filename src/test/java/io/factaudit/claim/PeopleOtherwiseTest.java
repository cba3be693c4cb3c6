package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "N people" whom the sentence's structure puts in another group than the subject (a state before
 * an infinitive, the base of a share, the complement of another noun's copula) are set aside under
 * any verb of saying, number form and state word; the same people said to be the subject are read.
 */
class PeopleOtherwiseTest {

    private static final String NAME = "people of another group";
    private static final List<String> SAYING = List.of("the agency said", "the agency stressed", "the agency told reporters");
    private static final List<String[]> NUMBERS = List.of(new String[] {"20,000", "20,000"},
        new String[] {"twenty thousand", "twenty thousand"}, new String[] {"2,400", "2,400"});

    @Test
    void a_state_before_an_infinitive_of_the_subject_is_not_the_act() {
        for (String state : List.of("were unable", "were reluctant", "are eligible", "were too frail", "had been advised")) {
            for (String saying : SAYING) {
                for (String[] n : NUMBERS) {
                    Decided.storm("About " + n[0] + " people " + state + " to evacuate, " + saying + ".", n[1])
                        .setAsideBy(NAME, "About " + n[0] + " people " + state + " to evacuate");
                }
            }
        }
        Decided.storm("About 14 people were trapped and died, the governor said.", "14").readAs("Tarn storm deaths");
    }

    @Test
    void the_act_itself_before_the_infinitive_is_read() {
        for (String saying : SAYING) {
            Decided.storm("About 20,000 people were evacuated to shelters, " + saying + ".", "20,000").readAs("Tarn evacuees");
        }
    }

    @Test
    void the_base_of_a_share_is_not_the_subject() {
        for (String share : List.of("40 per cent of the", "40 percent of the", "40% of")) {
            for (String saying : SAYING) {
                Decided.storm("Nearly " + share + " 12,000 people in the valley were evacuated, " + saying + ".", "12,000")
                    .setAsideBy(NAME, share + " 12,000 people");
            }
        }
        Decided.storm("Nearly 12,000 people in the valley were evacuated, the agency said.", "12,000").readAs("Tarn evacuees");
    }

    @Test
    void a_number_that_measures_another_noun_after_its_copula_is_not_the_subject() {
        for (String noun : List.of("The shortfall in shelter beds", "The gap between the two tallies", "The queue at the ferry")) {
            for (String saying : SAYING) {
                Decided.storm(noun + " is about 600 people, " + saying + " as evacuees filled the schools.", "600")
                    .setAsideBy(NAME, noun + " is about 600 people");
            }
        }
        Decided.storm("The number of evacuees is about 600 people, the agency said.", "600").readAs("Tarn evacuees");
    }
}

package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that are figures of another kind than the sheet's count, each set aside with its named
 * reason under another verb, noun and topic: the people of another group's phrase ("relatives of 14
 * evacuees"), a statistic ("the yearly average of 2,000 evacuees"), a hypothesis ("repairing the levee
 * would bring 2,000 evacuees home") and a capacity with its infinitive ("the capacity to house 5,000
 * evacuees"); the same numbers without those words stay read. Sentences invented for this test.
 */
class OtherFiguresTest {

    @Test
    void the_people_of_another_group_s_phrase_are_not_the_count() {
        for (String group : List.of("Relatives of", "Lawyers for", "The parents of", "Friends of the")) {
            for (String verb : List.of("gathered at the school", "waited for news", "spoke to reporters")) {
                Decided.storm(group + " 14 evacuees " + verb + ".", "14").setAsideBy(PeopleOfOthers.NAME,
                    group.replace("The ", "").replace(" the", "").replace("Relatives", "Relatives"));
            }
        }
        Decided.troops("Relatives of 300 North Korean troops wrote to the embassy.", "300")
            .setAsideBy(PeopleOfOthers.NAME, "Relatives of");
        Decided.storm("About 14 evacuees gathered at the school.", "14").readAs("Tarn evacuees");
    }

    @Test
    void a_statistic_takes_its_figure_with_of() {
        for (String noun : List.of("yearly average", "average", "median", "mean")) {
            for (String verb : List.of("far exceeded the", "was twice the", "compares with a")) {
                String text = "The storm " + verb + " " + noun + " of 2,000 evacuees.";
                Decided.storm(text, "2,000").setAsideBy(Statistic.NAME, noun.substring(noun.lastIndexOf(' ') + 1) + " of");
            }
        }
        Decided.storm("The agency counted a total of 2,000 evacuees.", "2,000").readAs("Tarn evacuees");
    }

    @Test
    void would_of_a_hypothesis_is_speculation_and_would_of_a_plan_is_not() {
        for (String action : List.of("Repairing the levee", "Opening the dam", "Closing the bridge")) {
            Decided.storm(action + " would force 2,000 evacuees from Tarn.", "2,000").setAsideBy("speculation", "would");
        }
        Decided.storm("The agency said 2,000 evacuees would leave if the river rose again.", "2,000")
            .setAsideBy("speculation", "would");
        Decided.storm("The agency said 2,000 evacuees would be housed in schools.", "2,000").readAs("Tarn evacuees");
    }

    @Test
    void a_noun_of_capacity_with_its_infinitive_is_a_capacity() {
        for (String noun : List.of("capacity", "room", "space")) {
            for (String verb : List.of("house", "hold", "shelter")) {
                Decided.storm("The hall had the " + noun + " to " + verb + " 5,000 evacuees.", "5,000")
                    .setAsideBy(Capacity.NAME, noun + " to " + verb);
            }
        }
    }
}

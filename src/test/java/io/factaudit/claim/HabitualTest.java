package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure of a habit (an adverb of habit, or "a typical day") is no count of this occasion, under
 * another adverb, verb, time noun and topic; the same sentence without the habit is read. Sentences
 * invented for this test.
 */
class HabitualTest {

    @Test
    void an_adverb_of_habit_makes_a_figure_a_habit() {
        for (String adverb : List.of("usually", "normally", "typically", "generally", "ordinarily")) {
            Decided.storm("The shelter " + adverb + " houses 700 evacuees.", "700").setAsideBy(Habitual.NAME, adverb);
            Decided.storm("About 700 evacuees " + adverb + " stay in the hall.", "700").setAsideBy(Habitual.NAME, adverb);
            Decided.troops("The base " + adverb + " hosts 600 North Korean troops.", "600").setAsideBy(Habitual.NAME, adverb);
        }
    }

    @Test
    void a_habits_time_makes_a_figure_a_habit() {
        for (String time : List.of("typical day", "normal week", "usual Monday", "normal year")) {
            Decided.storm("On a " + time + ", 700 evacuees pass through the hall.", "700")
                .setAsideBy(Habitual.NAME, time);
        }
    }

    @Test
    void without_the_habit_the_figure_is_read() {
        Decided.storm("The shelter houses 700 evacuees, the agency said.", "700").readAs("Tarn evacuees");
        Decided.storm("On Monday, 700 evacuees passed through the hall, the agency said.", "700").readAs("Tarn evacuees");
    }
}

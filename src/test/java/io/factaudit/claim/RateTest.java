package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure given as a rate of time in a clause of the present simple ("the line runs 900 trains a
 * day", "some 900 trains a day use it", "900 daily trains") is a habit, not a count of this occasion,
 * under another verb, rate word, topic and number form; the rate told in the past and a distance in
 * time ("from 900 a week earlier") are read. Sentences invented for this test.
 */
class RateTest {

    private static final String STRIKE = "Rail strike in Vell\n\n";

    @Test
    void a_rate_in_the_present_simple_is_a_habit() {
        for (String verb : List.of("runs", "operates", "schedules")) {
            for (String number : List.of("900", "about 900", "nine hundred")) {
                for (String rate : List.of(" trains a day", " trains per day", " trains daily")) {
                    String text = STRIKE + "The board " + verb + " " + number + rate + " on the network.";
                    Decided.of(WholeOfAPartTest.TRAINS, text, number)
                        .setAsideBy(Habitual.NAME, rate.substring(8));
                }
            }
        }
        Decided.of(WholeOfAPartTest.TRAINS, STRIKE + "Some 900 trains a day use the line, the board said.", "900")
            .setAsideBy(Habitual.NAME, "a day");
        Decided.storm("The shelter takes in about 300 evacuees a week, the agency said.", "300")
            .setAsideBy(Habitual.NAME, "a week");
    }

    @Test
    void a_rate_told_in_the_past_or_a_distance_in_time_is_read() {
        Decided.of(WholeOfAPartTest.TRAINS, STRIKE + "The board said it cancelled 300 trains a day during the strike.", "300")
            .readAs("trains cancelled");
        Decided.storm("The agency said 11,000 people were evacuated, up from 9,000 a day earlier.", "9,000")
            .readAs("Tarn evacuees");
    }
}

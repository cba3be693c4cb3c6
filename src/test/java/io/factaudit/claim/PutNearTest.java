package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X puts the figure near N": "near" before a number hedges it as "about", and "put the &lt;count noun&gt;
 * near N" is the same frame as "put it at N"; under another verb form, count noun and number form.
 * Sentences written for this test.
 */
class PutNearTest {

    @Test
    void put_the_count_noun_near_a_number_reads_about_that_number_of_the_sources_subject() {
        for (String verb : List.of("puts", "put")) {
            for (String noun : List.of("figure", "total", "number")) {
                for (String[] n : List.of(new String[] {"12,000", "12000"}, new String[] {"12 thousand", "12000"})) {
                    String text = "The civil protection agency " + verb + " the " + noun + " of evacuees near " + n[0] + ".";
                    Decided d = Decided.storm(text, n[0]).readAs("Tarn evacuees");
                    assertThat(d.claim().interval().low()).as(text).isEqualTo(10800L);
                    assertThat(d.claim().interval().high()).as(text).isEqualTo(13200L);
                    assertThat(d.claim().source()).as(text).isEqualTo("Civil Protection Agency");
                }
            }
        }
        Decided d = Decided.storm("Governor Lane puts the toll near 14.", "14").readAs("Tarn storm deaths");
        assertThat(d.claim().source()).isEqualTo("Governor Lane");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "one in three": both sides of a ratio written with "in" are set aside, in any number form and with any counted noun. */
class ProportionInvarianceTest {

    @Test
    void both_sides_of_n_in_m_are_set_aside() {
        for (String[] ratio : List.of(new String[] {"one", "three"}, new String[] {"1", "4"}, new String[] {"nine", "10"})) {
            for (String noun : List.of("residents", "people", "evacuees")) {
                String text = "Nearly %s in %s %s were evacuated, the agency said.".formatted(ratio[0], ratio[1], noun);
                assertThat(Decided.storm(text, ratio[0]).rule()).as(text).isEqualTo(Proportion.NAME);
                assertThat(Decided.storm(text, ratio[1]).rule()).as(text).isEqualTo(Proportion.NAME);
            }
        }
    }

    @Test
    void a_count_with_in_and_a_year_a_time_or_a_group_is_read() {
        Decided.storm("The agency said 9,000 people were evacuated in 2031 alone.", "9,000").readAs("Tarn evacuees");
        Decided.storm("The agency said it evacuated 9,000 people in two days.", "9,000").readAs("Tarn evacuees");
        Decided.storm("The agency said 9,000 evacuees in four shelters were safe.", "9,000").readAs("Tarn evacuees");
    }
}

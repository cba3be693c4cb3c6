package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Person;
import org.junit.jupiter.api.Test;

class PersonTitlesTest {

    private final Facts facts = new SheetFixture()
        .names("United States | US, U.S., Pentagon", "South Korea | Seoul, NIS, Yoon Suk Yeol", "Ukraine | Kyiv, HUR")
        .people("Lloyd Austin | Secretary of Defense, Defense Secretary | Austin",
            "Yoon Suk Yeol | President of South Korea, President | Yoon",
            "Sabrina Singh | Deputy Pentagon Press Secretary, Pentagon spokeswoman | Singh",
            "Pat Ryder | Pentagon Press Secretary, Major General, Maj. Gen. | Ryder",
            "Kyrylo Budanov | military intelligence chief, head of HUR, Lieutenant General | Budanov")
        .facts();
    private final PersonTitles titles = PersonTitles.of(facts);

    private boolean holds(String person, String title) {
        Person p = facts.people().stream().filter(x -> x.name().equals(person)).findFirst().orElseThrow();
        return titles.holds(p, title);
    }

    @Test
    void should_hold_a_title_in_any_order_case_and_with_the_persons_country() {
        assertThat(holds("Lloyd Austin", "the U.S. secretary of defense")).isTrue();
        assertThat(holds("Lloyd Austin", "US Defense Secretary")).isTrue();
        assertThat(holds("Lloyd Austin", "defence secretary")).isTrue();
        assertThat(holds("Yoon Suk Yeol", "South Korean President")).isTrue();
        assertThat(holds("Yoon Suk Yeol", "South Korea's president")).isTrue();
        assertThat(holds("Kyrylo Budanov", "Ukraine's military intelligence chief")).isTrue();
    }

    @Test
    void should_hold_a_former_title_and_a_shorter_title_that_keeps_the_rank() {
        assertThat(holds("Lloyd Austin", "former defense secretary")).isTrue();
        assertThat(holds("Sabrina Singh", "spokeswoman")).isTrue();
        assertThat(holds("Kyrylo Budanov", "Gen.")).isTrue();
    }

    @Test
    void should_judge_an_office_and_a_rank_written_together_each_on_its_own() {
        assertThat(holds("Pat Ryder", "press secretary Maj. Gen.")).isTrue();
        assertThat(holds("Pat Ryder", "press secretary Lt. Gen.")).isFalse();
        assertThat(holds("Kyrylo Budanov", "Ukraine's military intelligence chief, Lt. Gen.")).isTrue();
    }

    @Test
    void should_not_hold_another_office_another_rank_or_another_country() {
        assertThat(holds("Yoon Suk Yeol", "Prime Minister")).isFalse();
        assertThat(holds("Yoon Suk Yeol", "Ukrainian President")).isFalse();
        assertThat(holds("Yoon Suk Yeol", "Vice President")).isFalse();
        assertThat(holds("Sabrina Singh", "Pentagon press secretary")).isFalse();
        assertThat(holds("Lloyd Austin", "Secretary of State")).isFalse();
    }
}

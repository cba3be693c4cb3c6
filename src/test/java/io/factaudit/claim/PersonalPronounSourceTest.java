package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "She said", "his estimate": a personal pronoun takes up the last person named, passing over a body named after them. */
class PersonalPronounSourceTest {

    private static final Facts FIRES = new SheetFixture()
        .names("fire deaths | deaths, dead, died, death toll, toll",
            "Fire Service | Ostland Fire Service, the fire service, fire agency",
            "Ida Holm | Holm, the governor",
            "Per Lund | Lund")
        .estimates("fire deaths", "Fire Service | 2031-07-01 | 12", "Ida Holm | 2031-07-01 | 14", "Per Lund | 2031-07-01 | 15")
        .facts();

    private static String sourceOf(String text) {
        List<CountClaim> claims = new CountReader().read(SheetFixture.document("Ostland fires\n\n" + text, "2031-07-02"), FIRES)
            .stream().map(CountClaim.class::cast).filter(c -> c.text().contains("14")).toList();
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0).source();
    }

    @Test
    void a_personal_pronoun_passes_over_a_body_named_after_the_person() {
        for (String person : List.of("Ida Holm", "Holm", "The governor")) {
            String before = person + " toured Varby on Monday, where the Ostland Fire Service was still at work. ";
            for (String said : List.of("She said 14 fire deaths had been confirmed.",
                "Her estimate was that the fire toll would be about 14.",
                "The fire toll reached 14, she told reporters.")) {
                assertThat(sourceOf(before + said)).as(before + said).isEqualTo("Ida Holm");
            }
        }
    }

    @Test
    void a_pronoun_of_a_body_still_takes_up_the_body() {
        String before = "Ida Holm toured Varby on Monday, where the Ostland Fire Service was still at work. ";
        assertThat(sourceOf(before + "Its tally of fire deaths stood at 14.")).isEqualTo("Fire Service");
    }

    @Test
    void the_last_person_named_is_meant_of_two() {
        String before = "Ida Holm met Per Lund on Monday, while the Ostland Fire Service searched the ruins. ";
        assertThat(sourceOf(before + "He said 14 fire deaths had been confirmed.")).isEqualTo("Per Lund");
    }

    @Test
    void it_before_a_verb_of_saying_takes_up_the_body_named_last_whatever_the_verb() {
        for (String verb : List.of("added", "said", "noted", "reported")) {
            String text = "The Ostland Fire Service said the wind had dropped overnight. It " + verb + " that 14 fire deaths had been confirmed.";
            assertThat(sourceOf(text)).as(text).isEqualTo("Fire Service");
        }
    }
}

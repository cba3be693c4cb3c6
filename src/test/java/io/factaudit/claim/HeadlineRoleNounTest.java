package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headline's bare role noun before a verb of saying ("Union says ...") names the source the story
 * names by that noun; a possessive after the verb ("says Korvo's cuts") owns what is said and does not speak.
 */
class HeadlineRoleNounTest {

    private static final Facts CUTS = new SheetFixture()
        .names("job cuts | layoffs, cuts, jobs cut",
            "Korvo | Korvo Motors, the company",
            "Dock Workers Union | the union, DWU")
        .estimates("job cuts", "Korvo | 2031-02-01 | 900", "Dock Workers Union | 2031-02-02 | 1,300")
        .facts();

    private static String sourceOf(String text, String number) {
        List<CountClaim> claims = new CountReader().read(SheetFixture.document(text, "2031-02-03"), CUTS)
            .stream().map(CountClaim.class::cast).filter(c -> c.text().contains(number)).toList();
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0).source();
    }

    @Test
    void a_headline_role_noun_names_the_source_the_story_names_whatever_the_verb_group() {
        String story = "\n\nThe Dock Workers Union said on Monday that Korvo was understating its plans.";
        for (String headline : List.of("Union says Korvo's cuts will reach 1,300", "Union says Korvo's cuts reach 1,300",
            "Union says Korvo's cuts would reach 1,300")) {
            assertThat(sourceOf(headline + story, "1,300")).as(headline).isEqualTo("Dock Workers Union");
        }
    }

    @Test
    void a_possessive_after_a_verb_of_saying_is_no_speaker() {
        assertThat(sourceOf("Korvo layoffs\n\nThe union says Korvo's cuts will reach 1,300.", "1,300")).isEqualTo("Dock Workers Union");
        assertThat(sourceOf("Korvo layoffs\n\nThe cuts will reach 900, says Korvo.", "900")).isEqualTo("Korvo");
    }
}

package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.api.Test;

/**
 * "there" right after the noun that opens the number's clause ("Officials there counted 400") is the
 * place the passage named last, as "there" after the number is. Sentences written for this test.
 */
class ThereAfterSubjectTest {

    private static String locate(String text, String number) {
        return PlaceFixture.locate(new PlaceThere(), text, number);
    }

    @Test
    void there_after_the_subject_noun_is_the_passages_place_whatever_the_noun_and_verb() {
        for (String clause : new String[] {"Officials there counted 400 cases.", "Doctors there have confirmed 400 cases.",
            "The clinics there reported 400 cases.", "Inspectors there now put the number of cases at 400."}) {
            assertThat(locate("The outbreak reached Vesterby on Monday. " + clause, "400")).as(clause).isEqualTo("Vesterby");
        }
    }

    @Test
    void on_another_topic_the_reader_locates_the_count_there() {
        SheetFixture f = new SheetFixture().names("job cuts | layoffs, jobs cut", "Dock Union | the union", "Norland | ", "Easton | ");
        f.builder().places(f.table("place | within", "Norland | ", "Easton | "));
        Facts facts = f.estimates("job cuts", "Dock Union | 2031-01-05 | 900").facts();
        assertThat(PlaceFixture.locate(facts, "The closures hit Easton hardest. Managers there announced 300 layoffs.", "300"))
            .isEqualTo("Easton");
    }

    @Test
    void an_existential_there_or_one_in_another_clause_is_no_place() {
        assertThat(locate("The outbreak reached Vesterby on Monday. There are 400 cases.", "400")).isNull();
        assertThat(locate("The outbreak reached Vesterby on Monday. Once there, officials counted 400 cases.", "400")).isNull();
    }
}

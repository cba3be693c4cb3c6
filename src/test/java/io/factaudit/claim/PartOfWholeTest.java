package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of a whole keep the whole's subject and source and take their own place; sentences written for this test. */
class PartOfWholeTest {

    private static final Facts FACTS = SheetFixture.fireDeathsInPlaces();

    private static List<CountClaim> read(String text) {
        return SheetFixture.counts(text, "2031-07-02", FACTS);
    }

    @Test
    void the_bare_numbers_of_a_list_keep_the_subject_and_source_of_the_count_before_them() {
        List<CountClaim> claims = read("The Fire Service said eight people died in Harlow, five in Denton and two in Marsh County.");
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(8L, 5L, 2L);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.subject()).isEqualTo("fire deaths");
            assertThat(c.source()).isEqualTo("Fire Service");
        });
        assertThat(claims).extracting(CountClaim::where).containsExactly("Harlow", "Denton", "Marsh County");
    }

    @Test
    void a_part_named_by_the_heads_of_what_is_counted_is_read_with_its_place() {
        assertThat(read("Six of the dead were in Denton, the Fire Service said.")).singleElement().satisfies(c -> {
            assertThat(c.interval().low()).isEqualTo(6L);
            assertThat(c.where()).isEqualTo("Denton");
            assertThat(c.source()).isEqualTo("Fire Service");
        });
    }

    @Test
    void a_part_told_by_a_pronoun_keeps_the_whole_it_divides() {
        List<CountClaim> claims = read("The Fire Service said 14 people died in the fires, nine of them in Harlow.");
        assertThat(claims).extracting(c -> c.interval().low()).containsExactly(14L, 9L);
        assertThat(claims.get(1).source()).isEqualTo("Fire Service");
        assertThat(claims.get(1).where()).isEqualTo("Harlow");
    }

    @Test
    void a_spelled_number_with_no_count_before_it_is_not_a_part() {
        assertThat(read("Firefighters worked in three shifts, two in Harlow.")).isEmpty();
    }

    @Test
    void the_source_of_a_passage_goes_on_to_its_next_count_of_the_same_subject_but_not_past_the_paragraph() {
        List<CountClaim> same = read("The toll stands at 11, the Fire Service said. Four people died in Denton.");
        assertThat(same).extracting(CountClaim::source).containsExactly("Fire Service", "Fire Service");
        List<CountClaim> next = read("The toll stands at 11, the Fire Service said.\n\nFour people died in Denton.");
        assertThat(next).extracting(CountClaim::source).containsExactly("Fire Service", null);
    }
}

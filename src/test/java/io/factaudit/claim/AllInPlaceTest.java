package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A count all of which a partition puts in one place is also a count of that place; sentences written for this test. */
class AllInPlaceTest {

    private static final Facts FACTS = SheetFixture.fireDeathsInPlaces();

    private static List<CountClaim> read(String text) {
        return SheetFixture.counts(text, "2031-07-02", FACTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"all in", "all of them in", "all of those in", "all at"})
    void the_partition_gives_the_place_the_whole_figure_with_its_subject_and_source(String partition) {
        List<CountClaim> claims = read("The Fire Service counted 14 deaths in Marsh County, " + partition + " Harlow.");
        assertThat(claims).extracting(CountClaim::where).containsExactly("Marsh County", "Harlow");
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.interval().low()).isEqualTo(14L);
            assertThat(c.subject()).isEqualTo("fire deaths");
            assertThat(c.source()).isEqualTo("Fire Service");
        });
    }

    @Test
    void an_earlier_figure_after_the_partition_is_of_the_whole_place() {
        List<CountClaim> claims = read("The Fire Service counted 14 deaths in Marsh County, all in Harlow, up from 11 on Monday.");
        assertThat(claims).extracting(CountClaim::where).containsExactly("Marsh County", "Harlow", "Marsh County");
        assertThat(claims.get(2).interval().low()).isEqualTo(11L);
    }

    @Test
    void all_without_a_place_or_not_closing_the_count_is_no_partition() {
        assertThat(read("The Fire Service counted 14 deaths in Marsh County, all of them adults.")).hasSize(1);
        assertThat(read("The Fire Service counted 14 deaths in all in Marsh County.")).hasSize(1);
    }
}

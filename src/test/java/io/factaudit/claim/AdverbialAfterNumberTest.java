package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word after a number that says when or where ("overnight", "today", "nationwide") is not what the
 * number counts; a noun there still is. Two invented topics; sentences written for this test.
 */
class AdverbialAfterNumberTest {

    private static final Facts FACTS = new SheetFixture()
        .names("avalanche deaths | deaths, dead, died, killed, death toll, toll",
            "stores closed | stores, closures, closed", "Alpine Rescue | rescuers", "Retail Board | board")
        .estimates("avalanche deaths", "Alpine Rescue | 2033-01-09 | 9")
        .estimates("stores closed", "Retail Board | 2033-01-09 | 120")
        .facts();

    private static List<CountClaim> read(String text) {
        return new CountReader().read(SheetFixture.document(text, "2033-01-10"), FACTS).stream()
            .map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The death toll rose to 11 overnight, Alpine Rescue said.  | avalanche deaths | 11",
        "The death toll climbed to 11 today.                        | avalanche deaths | 11",
        "The death toll stood at 11 yesterday, rescuers said.       | avalanche deaths | 11",
        "The death toll reached 11 late on Monday.                  | avalanche deaths | 11",
        "The number of closures rose to 140 nationwide.             | stores closed    | 140",
        "The number of closures climbed to 140 overnight and may rise. | stores closed | 140",
        "Closures reached 140 earlier, the board said.              | stores closed    | 140"})
    void an_adverbial_after_the_number_leaves_the_count_to_its_frame(String sentence, String subject, long low) {
        assertThat(read(sentence)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(subject);
            assertThat(c.interval().low()).isEqualTo(low);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The death toll rose to 11 as 40 lifts closed overnight.",
        "Rescuers said 40 chalets were buried today.",
        "The board said 40 warehouses closed nationwide."})
    void a_noun_after_the_number_still_says_what_is_counted(String sentence) {
        assertThat(read(sentence)).noneMatch(c -> c.interval().low() == 40L);
    }
}

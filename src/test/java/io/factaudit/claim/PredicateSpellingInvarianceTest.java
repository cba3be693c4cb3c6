package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet's spelling that is a predicate ("without heating", "in detention", "missing") counts the
 * number it is said of, bare or with people: the same whatever the topic, the copula or linking verb,
 * the adverbs, the number's form, and after a verb that leaves its object so ("leaves 4,200 without
 * heating"); people only where the subject counts people. Sentences written for this test.
 */
class PredicateSpellingInvarianceTest {

    private static Facts sheet(String subject, String spellings) {
        return SpellingFrameInvarianceTest.sheet(subject, spellings);
    }

    private static final String HEAT = "people without heating | without heating, heating cut";
    private static final String FLATS = "flats without heating | without heating";
    private static final String HELD = "people held | in detention, detainees";
    private static final String LOST = "climbers missing | missing, lost climbers";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        HEAT + " | About 4,200 tenants were without heating on Friday. | 4,200",
        HEAT + " | Some 4,200 were still without heating on Friday. | 4,200",
        HEAT + " | The frost leaves 4,200 without heating | 4,200",
        HEAT + " | Nearly four thousand residents have been without heating since Friday. | four thousand",
        HELD + " | Guards said 58 were in detention. | 58",
        HELD + " | At least 58 protesters are now in detention. | 58",
        HELD + " | Fifty-eight students stayed in detention overnight. | Fifty-eight",
        LOST + " | At least 12 climbers are missing. | 12",
        LOST + " | Rangers said 12 were still missing on Sunday. | 12",
        LOST + " | Twelve hikers remained missing. | Twelve"})
    void a_number_the_sheets_predicate_is_said_of_counts_the_subject(String subject, String spellings, String text,
                                                                     String number) {
        Decided.of(sheet(subject, spellings), text, number).readAs(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // things, not people nor what the sheet counts; another predicate; the predicate of another clause
        HEAT + " | About 4,200 radiators were without heating on Friday. | 4,200",
        FLATS + " | About 4,200 tenants were without heating on Friday. | 4,200",
        HELD + " | Some 58 vans are in detention. | 58",
        HELD + " | Guards said 58 were in court, and two detainees wept. | 58",
        LOST + " | At least 12 climbers are injured, and two are missing. | 12"})
    void a_predicate_not_said_of_the_number_or_not_of_people_counts_nothing(String subject, String spellings, String text,
                                                                            String number) {
        Decided d = Decided.of(sheet(subject, spellings), text, number);
        assertThat(d.claim()).as(d.line()).isNull();
    }
}

package io.factaudit.claim;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count noun linked to its number reads the same with adverbs between the link and the number:
 * "the number of evacuees is now 3,100" as "is 3,100" (its source named, which gives its subject).
 * Sentences written for this test.
 */
class LinkAdverbTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "people evacuated | evacuated, evacuees | The number of evacuees is 3,100, the statistics office said. | 3,100",
        "people evacuated | evacuated, evacuees | The number of evacuees is now 3,100, the statistics office said. | 3,100",
        "people evacuated | evacuated, evacuees | The statistics office said the number of evacuees was still 3,100 on Friday. | 3,100",
        "people held | detained, detainees | The statistics office said the number of detainees is now about 58. | 58",
        "people held | detained, detainees | The number of detainees was already fifty-eight by noon, the statistics office said. | fifty-eight"})
    void adverbs_between_the_link_and_the_number_change_nothing(String subject, String spellings, String text, String number) {
        Decided.of(SpellingFrameInvarianceTest.sheet(subject, spellings), text, number).readAs(subject);
    }
}

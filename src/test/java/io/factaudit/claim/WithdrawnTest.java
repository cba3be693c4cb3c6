package io.factaudit.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A figure a correction withdraws is not a claim; the corrected one is. Sentences written for this test. */
class WithdrawnTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"An earlier version of this article said", "A previous version of this story stated",
        "An earlier version of this report incorrectly gave", "The original version misstated"})
    void a_figure_told_by_an_earlier_version_of_the_article_is_withdrawn(String correction) {
        Decided.storm("Correction: " + correction + " that 1,400 people were evacuated from Tarn.", "1,400")
            .setAsideBy("a figure the article withdraws", correction + " that 1,400 people");
        Decided.troops(correction + " that 12,000 North Korean troops were in Kursk.", "12,000")
            .setAsideBy("a figure the article withdraws", correction + " that 12,000 North Korean troops");
    }

    @Test
    void the_corrected_figure_and_an_earlier_version_of_something_else_are_read() {
        Decided.storm("Correction: An earlier version of this article misstated the figure. Some 12,000 people were evacuated.",
            "12,000").readAs("Tarn evacuees");
        Decided.storm("An earlier version of the plan had 12,000 people evacuated from Tarn.", "12,000").readAs("Tarn evacuees");
    }
}

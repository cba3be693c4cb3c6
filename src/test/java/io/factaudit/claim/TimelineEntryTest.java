package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineEntryTest {

    private static final String PUBLISHED = "2025-03-12";

    @Test
    void should_date_each_line_of_a_timeline_with_its_head() {
        assertThat(EventSheet.read("How the week went\nMarch 4 — The council approves the budget.\n"
            + "March 6 — The dam gives way below the town.\n", PUBLISHED)).containsExactly(
            "March 4 — The council approves the budget: the council approved the budget 2025-03-04..2025-03-04",
            "March 6 — The dam gives way: the dam failed 2025-03-06..2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the head's house style, a bullet, a colon or a dash, another wording: the same day")
    @ValueSource(strings = {"Mar. 6: The dam bursts.", "6 March — The dam gave way after days of rain.",
        "- March 6 — Engineers say the dam failed at dawn.", "March 6 - The dam bursts.", "• Mar 6 – The dam burst."})
    void should_read_a_line_in_another_style_alike(String line) {
        assertThat(EventSheet.days(line, PUBLISHED)).containsExactly("2025-03-06..2025-03-06");
    }

    @Test
    void should_date_every_sentence_of_the_line() {
        assertThat(EventSheet.days("March 6 — Rain falls all night. The dam bursts, and the valley floods.", PUBLISHED))
            .containsExactly("2025-03-06..2025-03-06");
    }

    @Test
    @DisplayName("a date of the sentence's own is nearer than the line's head")
    void should_prefer_the_sentence_own_date() {
        assertThat(EventSheet.days("March 8 — Engineers report that the dam failed on Thursday.", PUBLISHED))
            .containsExactly("2025-03-06..2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("no timeline: a dateline, a date inside the line")
    @ValueSource(strings = {"March 12 — The dam failed, officials confirm.", "RIVERTON, March 6 — The dam gives way.",
        "The dam failed. March 6 — a day to remember."})
    void should_not_date_a_line_that_is_no_entry(String text) {
        assertThat(EventSheet.read(text, PUBLISHED)).isEmpty();
    }

    @Test
    @DisplayName("the article's own day heads an entry beside another entry")
    void should_take_the_article_day_in_a_timeline() {
        assertThat(EventSheet.days("March 11 — Rain falls.\nMarch 12 — The dam bursts.", PUBLISHED))
            .containsExactly("2025-03-12..2025-03-12");
    }
}

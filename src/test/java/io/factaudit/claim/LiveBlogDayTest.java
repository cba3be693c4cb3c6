package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiveBlogDayTest {

    /** The blog was last published on Tuesday, March 11. */
    private static final String PUBLISHED = "2025-03-11";

    @ParameterizedTest(name = "{0}")
    @DisplayName("an entry's relative date counts from its stamp's day: another stamp style, another relative date")
    @ValueSource(strings = {"Monday, March 10\n4:05 p.m.\nThe dam failed today, engineers said.",
        "March 10, 4:05 p.m.\nThe dam gave way this afternoon.",
        "Monday, March 10\n\n4:05 p.m. ET\nEngineers said the dam failed on Thursday.\n\n4:30 p.m.\nThe dam burst today."})
    void should_count_an_entry_date_from_its_stamp(String blog) {
        assertThat(EventSheet.days("Live updates: the valley floods\n" + blog + "\nTuesday, March 11\n9:00 a.m.\nCrews worked"
            + " through the night.", PUBLISHED)).allMatch(d -> d.equals("2025-03-10..2025-03-10")
                || d.equals("2025-03-06..2025-03-06")).isNotEmpty();
    }

    @Test
    @DisplayName("under the latest day's stamp, or with no stamp, the article's own day")
    void should_keep_the_article_day_without_an_earlier_stamp() {
        assertThat(EventSheet.days("Monday, March 10\n9:00 a.m.\nRain fell.\nTuesday, March 11\n4:05 p.m.\nThe dam failed"
            + " today.", PUBLISHED)).containsExactly("2025-03-11..2025-03-11");
        assertThat(EventSheet.days("The valley floods\nThe dam failed today, engineers said.", PUBLISHED))
            .containsExactly("2025-03-11..2025-03-11");
    }

    @Test
    @DisplayName("a line with more than a date and a time is no stamp")
    void should_not_take_a_timeline_line_for_a_stamp() {
        assertThat(EventSheet.days("March 10 — Rain fell all day.\nThe dam failed today, engineers said.", PUBLISHED))
            .containsExactly("2025-03-11..2025-03-11");
    }
}

package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick month test says yes wherever the month pattern finds a month, in any case or spelling. */
class CalendarWordsTest {

    private static final Pattern MONTH = Pattern.compile(CalendarWords.monthPattern());

    @Test
    void should_say_a_month_may_be_named_wherever_the_pattern_finds_one() {
        List<String> months = List.of("January", "FEB", "march", "Apr.", "May", "june", "JULY", "Aug", "Sept.", "sep",
            "October", "nov.", "Dec");
        List<String> frames = List.of("The orchard opened on %s 4.", "Pickers arrived in early %s, the co-op said.",
            "(%s)", "dis%s 12", "%s", "\u201c%s\u201d", "the %s-long harvest", "on 3 %s, 2031");
        int found = 0;
        for (String month : months) {
            for (String frame : frames) {
                String text = frame.formatted(month);
                if (MONTH.matcher(text).find()) {
                    found++;
                    assertThat(CalendarWords.mayNameMonth(text)).as(text).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(months.size() * (frames.size() - 1));
    }

    @Test
    void should_say_no_month_is_named_where_no_word_ends_in_one() {
        for (String text : List.of("The choir sang 40 hymns at dawn, its conductor said.", "Mayors marched; 12 janitors decided.",
            "", "1,200 lanterns")) {
            assertThat(MONTH.matcher(text).find()).as(text).isFalse();
            assertThat(CalendarWords.mayNameMonth(text)).as(text).isFalse();
        }
    }
}

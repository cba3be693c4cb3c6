package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A year told from the article's date, before the sheet's first figure, makes a count historical; a recent day does not. */
class YearsAgoInvarianceTest {

    @Test
    void a_year_before_the_sheet_told_from_the_articles_date_sets_the_count_aside() {
        for (String when : List.of("last year", "a year ago", "two years ago", "3 years ago")) {
            for (String text : List.of("%s, a storm forced 8,000 evacuees from the valley.",
                "A storm %s forced 8,000 evacuees from the valley, the agency said.")) {
                String sentence = capitalized(text.formatted(when));
                assertThat(Decided.storm(sentence, "8,000").rule()).as(sentence).isEqualTo(HistoricalFigure.NAME);
            }
        }
    }

    @Test
    void a_recent_day_keeps_the_count() {
        for (String when : List.of("last week", "a day ago", "last night", "two days ago")) {
            String sentence = capitalized("%s, the storm forced 8,000 evacuees from the valley, the agency said.".formatted(when));
            Decided.storm(sentence, "8,000").readAs("Tarn evacuees");
        }
    }

    @Test
    void explain_names_the_words_of_the_year() {
        Decided.storm("Last year, a storm forced 8,000 evacuees out.", "8,000").setAsideBy(HistoricalFigure.NAME, "Last year");
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

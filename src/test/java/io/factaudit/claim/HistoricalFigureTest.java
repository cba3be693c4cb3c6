package io.factaudit.claim;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalFigureTest {

    /** A second invented topic, whose figures also begin in 2031. */
    private static final io.factaudit.sheet.Facts HIKERS = new SheetFixture().names("hikers stranded | stranded hikers, stranded",
        "Ridge Patrol | patrol").estimates("hikers stranded", "Ridge Patrol | 2031-05-01 | 40").facts();

    @Test
    void a_year_long_before_the_sheets_figures_makes_a_later_count_historical() {
        Decided.storm("In 1998, 90,000 evacuees fled a similar storm.", "90,000")
            .setAsideBy("a historical figure", "1998");
    }

    @Test
    void the_count_without_the_old_year_is_read() {
        Decided.storm("This week, 9,000 evacuees fled the storm, the agency said.", "9,000").readAs("Tarn evacuees");
    }

    /** A prior record: the old year stands after the count, in its clause, under another verb, month and topic. */
    @Test
    void a_year_long_before_later_in_the_counts_clause_makes_it_historical() {
        for (String year : List.of("in 2004", "in March 2004", "in October 2004")) {
            for (String clause : List.of("The storm is the worst since 7,000 evacuees fled the valley " + year + ".",
                "It recalled the flood that forced 7,000 evacuees from Tarn " + year + ".",
                "Officials said 7,000 evacuees were moved " + year + " when the river rose.")) {
                Decided.storm(clause, "7,000").setAsideBy(HistoricalFigure.NAME, year);
            }
            Decided.troops("The deployment is the largest since 6,000 North Korean troops crossed " + year + ".", "6,000")
                .setAsideBy(HistoricalFigure.NAME, year);
        }
    }

    /** The articles are of 4 May 2031 and the sheets' figures begin in 2031: last summer, last September and (in May) last spring were in 2030. */
    @Test
    void a_season_or_month_named_with_last_that_fell_before_the_sheet_s_year_makes_the_count_historical() {
        for (String when : List.of("Last summer", "Last autumn", "Last September", "Last fall", "Last spring")) {
            Decided.storm(when + ", 700 evacuees fled the valley.", "700").setAsideBy(HistoricalFigure.NAME, when);
            Decided.of(HIKERS, when + ", 60 hikers were stranded on the ridge.", "60").setAsideBy(HistoricalFigure.NAME, when);
        }
        for (String when : List.of("Last winter", "Last March", "Last April")) {
            Decided.storm(when + ", 700 evacuees fled the valley, the agency said.", "700").readAs("Tarn evacuees");
        }
    }

    @Test
    void an_old_year_naming_another_event_later_in_the_clause_makes_the_count_historical() {
        for (String event : List.of("the 2004 storm", "the 2019 floods", "the 1998 drought")) {
            for (String link : List.of("during", "after", "compared with the figure for")) {
                Decided.storm("The hall took in 700 evacuees " + link + " " + event + ".", "700")
                    .setAsideBy(HistoricalFigure.NAME, event);
            }
            Decided.of(HIKERS, "Some 60 hikers were stranded during " + event + ".", "60").setAsideBy(HistoricalFigure.NAME, event);
        }
    }

    @Test
    void an_old_year_past_the_counts_clause_or_after_since_leaves_it_read() {
        Decided.storm("This week 7,000 evacuees fled the valley, the most since 2004.", "7,000").readAs("Tarn evacuees");
        Decided.storm("The agency said 7,000 evacuees have been moved since 2004.", "7,000").readAs("Tarn evacuees");
        Decided.storm("The agency said 7,000 evacuees fled, but a levee built in 2004 held.", "7,000").readAs("Tarn evacuees");
    }
}

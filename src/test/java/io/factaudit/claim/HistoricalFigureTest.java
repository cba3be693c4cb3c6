package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class HistoricalFigureTest {

    @Test
    void a_year_long_before_the_sheets_figures_makes_a_later_count_historical() {
        Decided.storm("In 1998, 90,000 evacuees fled a similar storm.", "90,000")
            .setAsideBy("a historical figure", "1998");
    }

    @Test
    void the_count_without_the_old_year_is_read() {
        Decided.storm("This week, 9,000 evacuees fled the storm, the agency said.", "9,000").readAs("Tarn evacuees");
    }
}

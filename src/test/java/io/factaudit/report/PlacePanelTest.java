package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Estimate;
import io.factaudit.sheet.FactLocation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimates chart draws one panel per place on a sheet with places, and one per subject otherwise. */
class PlacePanelTest {

    private static Estimate row(String place, String asOf, long count, int line) {
        return new Estimate("cases", "Health Board", LocalDate.parse(asOf), Interval.exactly(count), String.valueOf(count), "",
            new FactLocation("features/p.feature", line), place);
    }

    private static EstimateChart.Claimed claim(String where, long count) {
        return new EstimateChart.Claimed("cases", LocalDate.parse("2031-01-06"), Interval.exactly(count), "a.txt", "a-1",
            count + " cases", null, Verdict.AGREES, where);
    }

    @Test
    void each_place_with_rows_has_its_panel_with_its_own_counts() {
        List<EstimateChart> charts = EstimateChart.of(
            List.of(row(null, "2031-01-05", 900, 10), row("Ostland", "2031-01-05", 300, 11), row(null, "2031-01-08", 1000, 12)),
            List.of(claim(null, 900), claim("Ostland", 300), claim("Marlow County", 96)));
        assertThat(charts).extracting(EstimateChart::place).containsExactly(null, "Ostland");
        assertThat(charts.get(0).claims()).extracting(EstimateChart.ClaimPoint::value).containsExactly(900L);
        assertThat(charts.get(0).sources().get(0).estimates()).hasSize(2);
        assertThat(charts.get(1).claims()).extracting(EstimateChart.ClaimPoint::value).containsExactly(300L);
    }

    @Test
    void a_sheet_without_places_draws_every_count_of_the_subject_on_one_panel() {
        List<EstimateChart> charts = EstimateChart.of(List.of(row(null, "2031-01-05", 900, 10)),
            List.of(claim(null, 900), claim("Ostland", 300)));
        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.place()).isNull();
            assertThat(c.claims()).hasSize(2);
        });
    }
}

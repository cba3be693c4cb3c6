package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.quantity.Interval;
import io.factaudit.report.EstimateChart.ClaimPoint;
import io.factaudit.report.EstimateChart.EstimatePoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateChartTest {

    @Test
    void should_draw_each_source_as_a_line_of_its_estimates_in_date_order() {
        List<EstimateChart> charts = EstimateChart.of(SampleAudit.estimates(), List.of());

        assertThat(charts).hasSize(1);
        EstimateChart chart = charts.get(0);
        assertThat(chart.subject()).isEqualTo("North Korean troops");
        assertThat(chart.sheets()).containsExactly(SampleAudit.SHEET);
        assertThat(chart.sources()).extracting(EstimateChart.Series::source)
            .containsExactly("South Korea", "United States");
        assertThat(chart.sources().get(0).estimates()).extracting(EstimatePoint::date)
            .containsExactly("2024-10-18", "2024-10-23", "2024-11-20");
    }

    @Test
    void should_draw_an_interval_as_a_band_and_an_open_end_to_the_floor_or_ceiling() {
        EstimateChart chart = EstimateChart.of(SampleAudit.estimates(), List.of()).get(0);

        assertThat(chart.ceiling()).isEqualTo(14_400);  // 1.2 x the highest bound, 12,000
        List<EstimatePoint> us = chart.sources().get(1).estimates();
        assertThat(us).extracting(e -> e.count() + ": " + e.value() + " in " + e.bandLow() + ".." + e.bandHigh())
            .containsExactly("about 10,000: 10000 in 9000..11000", "up to 8,000: 8000 in 0..8000",
                "11,000 to 12,000: 11500 in 11000..12000");
        EstimatePoint moreThan = chart.sources().get(0).estimates().get(2);
        assertThat(moreThan.bandHigh()).isEqualTo(chart.ceiling());
        assertThat(moreThan.fact()).isEqualTo("features/nk-troops.feature:17");
    }

    @Test
    void should_place_each_count_claim_of_the_subject_at_its_articles_date() {
        List<EstimateChart.Claimed> claims = List.of(
            claimed("North Korean troops", "2024-10-30", new Interval(2700L, 3300L), "contradiction"),
            claimed("north korean troops", "2024-10-25", Interval.atLeast(1000), "agrees"),
            claimed("North Korean troops", null, Interval.exactly(5000), "warning"),
            claimed("Russian troops", "2024-10-30", Interval.exactly(50_000), "agrees"));

        EstimateChart chart = EstimateChart.of(SampleAudit.estimates(), claims).get(0);

        assertThat(chart.claims()).extracting(c -> c.date() + " " + c.value() + " " + c.verdict())
            .containsExactly("2024-10-25 1000 agrees", "2024-10-30 3000 contradiction");
        assertThat(chart.undated()).isEqualTo(1);
        ClaimPoint point = chart.claims().get(1);
        assertThat(point.day()).isEqualTo(LocalDate.parse("2024-10-30").toEpochDay());
        assertThat(point.interval()).isEqualTo("2,700 to 3,300");
    }

    @Test
    void should_draw_no_chart_without_estimates() {
        assertThat(EstimateChart.of(List.of(),
            List.of(claimed("North Korean troops", "2024-10-30", Interval.exactly(1), "agrees")))).isEmpty();
    }

    private static EstimateChart.Claimed claimed(String subject, String published, Interval interval, String verdict) {
        Verdict v = List.of(Verdict.values()).stream().filter(x -> x.label().equals(verdict)).findFirst().orElseThrow();
        return new EstimateChart.Claimed(subject, published == null ? null : LocalDate.parse(published), interval,
            "seeds/a.txt", "article-1-claim-1", "words", null, v);
    }
}

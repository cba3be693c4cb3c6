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
    void should_draw_an_interval_as_a_band_and_an_open_range_as_a_marker_without_band() {
        EstimateChart chart = EstimateChart.of(SampleAudit.estimates(), List.of()).get(0);

        assertThat(chart.ceiling()).isEqualTo(15_000);  // a round number above the highest bound, 12,000
        List<EstimatePoint> us = chart.sources().get(1).estimates();
        assertThat(us).extracting(e -> e.count() + ": " + e.value() + " in " + e.bandLow() + ".." + e.bandHigh() + " " + e.open())
            .containsExactly("about 10,000: 10000 in 9000..11000 ", "up to 8,000: 8000 in 8000..8000 below",
                "11,000 to 12,000: 11500 in 11000..12000 ");
        EstimatePoint moreThan = chart.sources().get(0).estimates().get(2);
        assertThat(moreThan.bandHigh()).isEqualTo(moreThan.value());
        assertThat(moreThan.open()).isEqualTo("above");
        assertThat(moreThan.fact()).isEqualTo("features/nk-troops.feature:17");
    }

    @Test
    void should_round_the_axis_top_to_a_number_a_reader_expects() {
        assertThat(List.of(13_200L, 8_000L, 950L, 3L, 47_000L)).extracting(EstimateChart::roundCeiling)
            .containsExactly(15_000L, 10_000L, 1_000L, 4L, 50_000L);
    }

    @Test
    void should_keep_two_figures_a_source_gives_on_one_day_on_two_lines() {
        var sheet = new io.factaudit.sheet.FactsBuilder("features/harbour.feature", java.nio.file.Path.of("."));
        sheet.names(io.factaudit.sheet.Table.of("features/harbour.feature", List.of(List.of("name", "also written as"),
            List.of("dockers", ""), List.of("the port", "")), List.of(1, 2, 3)));
        sheet.estimates("dockers", io.factaudit.sheet.Table.of("features/harbour.feature", List.of(
            List.of("source", "as of", "count", "note"),
            List.of("the port", "2025-05-01", "about 300", "out so far"),
            List.of("the port", "2025-05-01", "about 2,000", "expected by Friday (port memo)"),
            List.of("the port", "2025-05-03", "about 700", "out so far")), List.of(5, 6, 7, 8)));
        EstimateChart chart = EstimateChart.of(sheet.build("s", 4).facts().estimates(), List.of()).get(0);

        assertThat(chart.sources()).extracting(s -> s.label() + " " + s.lane() + ": "
                + s.estimates().stream().map(EstimatePoint::count).toList())
            .containsExactly("the port 0: [about 300, about 700]", "the port (expected by Friday) 1: [about 2,000]");
        assertThat(chart.sources()).extracting(EstimateChart.Series::colour).containsOnly(EstimateChart.colourOf("the port"));
    }

    @Test
    void should_give_a_source_the_same_colour_whatever_else_the_report_holds() {
        EstimateChart alone = EstimateChart.of(SampleAudit.estimates().stream()
            .filter(e -> e.source().equals("United States")).toList(), List.of()).get(0);
        EstimateChart both = EstimateChart.of(SampleAudit.estimates(), List.of()).get(0);

        assertThat(alone.sources().get(0).colour()).isEqualTo(both.sources().get(1).colour());
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

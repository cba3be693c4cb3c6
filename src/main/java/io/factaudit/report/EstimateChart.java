package io.factaudit.report;

import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data of one subject's chart (one panel per place on a sheet with places), as the page's script reads it: each source's estimates as a
 * line over time with its interval as a band, and the articles' counts of the subject as points at
 * their publication dates. Days are epoch days, so the chart needs no date library.
 *
 * @param ceiling  where a band with no upper end stops ("more than 11,000")
 * @param undated  count claims not drawn because their article has no date
 * @param place    the place the panel's rows and counts are of (FACT-SHEETS.md 1.1), null for the whole
 */
public record EstimateChart(String subject, List<String> sheets, long ceiling, List<Series> sources,
                            List<ClaimPoint> claims, int undated, String place) {

    /** One source's estimates, in date order. */
    public record Series(String source, List<EstimatePoint> estimates) {
    }

    /**
     * @param value    where the line passes: the middle of the interval, or its one closed end
     * @param bandLow  the band's floor (0 for "up to N")
     * @param bandHigh the band's top ({@code ceiling} for "at least N")
     * @param count    the sheet's cell as written ("about 10,000")
     * @param fact     the sheet and line of the row
     */
    public record EstimatePoint(long day, String date, long value, long bandLow, long bandHigh, String count,
                                String interval, String note, String fact) {
    }

    /** A count claim of an article, with what the audit made of it and where the page shows it. */
    public record ClaimPoint(long day, String date, long value, String interval, String article, String anchor,
                             String words, String source, String verdict) {
    }

    /** A count claim to draw; {@code published} is null for an undated article. */
    record Claimed(String subject, LocalDate published, Interval interval, String article, String anchor,
                   String words, String source, Verdict verdict, String where) {

        Claimed(String subject, LocalDate published, Interval interval, String article, String anchor,
                String words, String source, Verdict verdict) {
            this(subject, published, interval, article, anchor, words, source, verdict, null);
        }
    }

    /** A chart's subject and place: one panel for the whole, one for each place with rows. */
    private record Panel(String subject, String place) {
    }

    /** One chart per subject of the estimates tables and per place, in the order the sheets give them. */
    static List<EstimateChart> of(List<Estimate> estimates, List<Claimed> claims) {
        Map<Panel, Set<Estimate>> byPanel = new LinkedHashMap<>();
        for (Estimate e : estimates) {
            if (e.asOf() != null && e.count() != null) {
                byPanel.computeIfAbsent(new Panel(e.subject(), e.place()), s -> new LinkedHashSet<>()).add(e);
            }
        }
        boolean byPlace = byPanel.keySet().stream().anyMatch(p -> p.place() != null);
        List<EstimateChart> charts = new ArrayList<>();
        byPanel.forEach((panel, rows) -> charts.add(chart(panel.subject(), panel.place(), rows, claims.stream()
            .filter(c -> c.subject() != null && c.subject().equalsIgnoreCase(panel.subject()))
            .filter(c -> !byPlace || java.util.Objects.equals(c.where(), panel.place())).toList())));
        return charts;
    }

    private static EstimateChart chart(String subject, String place, Set<Estimate> rows, List<Claimed> claims) {
        long highest = 1;
        for (Estimate e : rows) {
            highest = Math.max(highest, highestOf(e.count()));
        }
        for (Claimed c : claims) {
            highest = Math.max(highest, highestOf(c.interval()));
        }
        long ceiling = Math.round(highest * 1.2);
        Map<String, List<EstimatePoint>> bySource = new LinkedHashMap<>();
        Set<String> sheets = new LinkedHashSet<>();
        for (Estimate e : rows) {
            sheets.add(e.where().uri());
            Interval i = e.count();
            if (valueOf(i) == null) {
                continue;
            }
            bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(new EstimatePoint(e.asOf().toEpochDay(),
                e.asOf().toString(), valueOf(i), i.low() == null ? 0 : i.low(), i.high() == null ? ceiling : i.high(),
                e.cell(), i.describe(), e.note() == null ? "" : e.note(), e.where().toString()));
        }
        List<Series> sources = new ArrayList<>();
        bySource.forEach((source, points) -> sources.add(new Series(source, points.stream()
            .sorted(Comparator.comparingLong(EstimatePoint::day).thenComparingLong(EstimatePoint::value)).toList())));
        List<ClaimPoint> points = new ArrayList<>();
        int undated = 0;
        for (Claimed c : claims) {
            Long value = valueOf(c.interval());
            if (c.published() == null || value == null) {
                undated += c.published() == null ? 1 : 0;
                continue;
            }
            points.add(new ClaimPoint(c.published().toEpochDay(), c.published().toString(), value,
                c.interval().describe(), c.article(), c.anchor(), c.words(), c.source() == null ? "" : c.source(),
                c.verdict().label()));
        }
        points.sort(Comparator.comparingLong(ClaimPoint::day).thenComparing(ClaimPoint::article));
        return new EstimateChart(subject, List.copyOf(sheets), ceiling, sources, points, undated, place);
    }

    /** The middle of a closed interval, or its one closed end; null when both ends are open. */
    private static Long valueOf(Interval i) {
        if (i.low() != null && i.high() != null) {
            return i.low() + (i.high() - i.low()) / 2;
        }
        return i.low() != null ? i.low() : i.high();
    }

    private static long highestOf(Interval i) {
        Long top = i.high() != null ? i.high() : i.low();
        return top == null ? 0 : top;
    }
}

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
 * their publication dates. Days are epoch days, so the chart needs no date library. A source that
 * gives two figures on one day ("about 3,000 sent so far", "about 10,000 expected") is drawn as two
 * lines, never one line zig-zagging between them.
 *
 * @param ceiling  the y axis's top: a round number above every estimate and count drawn
 * @param undated  count claims not drawn because their article has no date
 * @param place    the place the panel's rows and counts are of (FACT-SHEETS.md 1.1), null for the whole
 */
public record EstimateChart(String subject, List<String> sheets, long ceiling, List<Series> sources,
                            List<ClaimPoint> claims, int undated, String place) {

    /**
     * One line of a source's estimates, in date order, at most one a day: the source's first line
     * ({@code lane} 0) holds to the chart's right edge; its other lines carry the note of their first
     * row in their label. The colour follows from the source's name, so it is the same in every report.
     */
    public record Series(String source, String label, int lane, String colour, List<EstimatePoint> estimates) {
    }

    /**
     * Colours a source may get: ten (a name's hash spreads well over ten), none the green, red or
     * purple of the articles' verdicts.
     */
    private static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#8c6d31", "#393b79", "#ad494a",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");

    /**
     * @param value    where the line passes: the middle of the interval, or its one closed end
     * @param bandLow  the band's floor (the value itself for an open range: "up to N" has no band)
     * @param bandHigh the band's top (the value itself for an open range)
     * @param open     "below" for "up to N", "above" for "at least N", "" for a closed interval
     * @param count    the sheet's cell as written ("about 10,000")
     * @param fact     the sheet and line of the row
     */
    public record EstimatePoint(long day, String date, long value, long bandLow, long bandHigh, String open, String count,
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
        long ceiling = roundCeiling(highest);
        Map<String, List<EstimatePoint>> bySource = new LinkedHashMap<>();
        Set<String> sheets = new LinkedHashSet<>();
        for (Estimate e : rows) {
            sheets.add(e.where().uri());
            Interval i = e.count();
            Long value = valueOf(i);
            if (value == null) {
                continue;
            }
            String open = i.low() == null ? "below" : i.high() == null ? "above" : "";
            bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(new EstimatePoint(e.asOf().toEpochDay(),
                e.asOf().toString(), value, open.isEmpty() ? i.low() : value, open.isEmpty() ? i.high() : value, open,
                e.cell(), i.describe(), e.note() == null ? "" : e.note(), e.where().toString()));
        }
        List<Series> sources = new ArrayList<>();
        bySource.forEach((source, points) -> sources.addAll(lanes(source, points)));
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

    /**
     * A source's estimates as lines with at most one point a day: the rows of one day, from the
     * lowest, go to the first, second... line, so "sent so far" and "expected" stay apart.
     */
    private static List<Series> lanes(String source, List<EstimatePoint> points) {
        List<EstimatePoint> sorted = points.stream()
            .sorted(Comparator.comparingLong(EstimatePoint::day).thenComparingLong(EstimatePoint::value)).toList();
        List<List<EstimatePoint>> lanes = new ArrayList<>();
        int lane = 0;
        for (int k = 0; k < sorted.size(); k++) {
            lane = k > 0 && sorted.get(k).day() == sorted.get(k - 1).day() ? lane + 1 : 0;
            while (lanes.size() <= lane) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(lane).add(sorted.get(k));
        }
        String colour = colourOf(source);
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < lanes.size(); k++) {
            String note = lanes.get(k).get(0).note();
            String label = k == 0 || note.isBlank() ? source + (k == 0 ? "" : " (" + (k + 1) + ")")
                : source + " (" + shortNote(note) + ")";
            series.add(new Series(source, label, k, colour, List.copyOf(lanes.get(k))));
        }
        return series;
    }

    /** The note's first words, up to a bracket or comma ("expected by December (NIS)" gives "expected by December"). */
    private static String shortNote(String note) {
        String s = note.split("[(,;]", 2)[0].strip();
        return s.length() > 40 ? s.substring(0, 40).strip() + "\u2026" : s.isEmpty() ? note.strip() : s;
    }

    /** A source's colour from its name alone, the same in every report. */
    static String colourOf(String source) {
        int h = 0;
        for (char c : source.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            h = 31 * h + c;
        }
        return PALETTE.get(Math.floorMod(h, PALETTE.size()));
    }

    /** The axis's top: the first of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 times a power of ten at or above 1.05 x the highest. */
    static long roundCeiling(long highest) {
        double target = Math.max(1, highest * 1.05);
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= target) {
                return Math.round(step * power);
            }
        }
        return Math.round(10 * power);
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

package io.factaudit.check;

import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's estimates (of one place, or of the whole) as they stood on one date: for each source,
 * the rows that hold that day, the rows revised before it, and the rows still to come. Rows of one
 * source with the same date all hold on that date, and rows revised on the day itself still hold
 * that day: the sheet can't know the article's hour (FACT-SHEETS.md 1.1, "Same-day rows").
 */
final class EstimateTimeline {

    private final List<Estimate> estimates;
    private final LocalDate day;

    /** Every row of the subject, wherever it counts: a sheet without places. */
    EstimateTimeline(List<Estimate> estimates, String subject, LocalDate day) {
        this.estimates = estimates.stream().filter(e -> e.subject().equals(subject)).toList();
        this.day = day;
    }

    /** The rows of the subject in one place; {@code place} null for the rows of the whole. */
    EstimateTimeline(List<Estimate> estimates, String subject, String place, LocalDate day) {
        this.estimates = estimates.stream().filter(e -> e.subject().equals(subject) && Objects.equals(e.place(), place))
            .toList();
        this.day = day;
    }

    boolean isEmpty() {
        return estimates.isEmpty();
    }

    boolean hasSource(String source) {
        return estimates.stream().anyMatch(e -> e.source().equals(source));
    }

    /** The rows of the source's latest date not after the day, and, when that date is the day, those they revised. */
    List<Estimate> current(String source) {
        Optional<LocalDate> latest = latestOnOrBefore(source, day);
        if (latest.isEmpty()) {
            return List.of();
        }
        LocalDate from = latest.get();
        if (from.equals(day)) {
            from = latestOnOrBefore(source, day.minusDays(1)).orElse(day);
        }
        LocalDate since = from;
        return estimates.stream().filter(e -> e.source().equals(source) && !e.asOf().isBefore(since)
            && !e.asOf().isAfter(day)).toList();
    }

    /** The source's rows revised on a day before the day. */
    List<Estimate> revised(String source) {
        List<Estimate> current = current(source);
        return estimates.stream()
            .filter(e -> e.source().equals(source) && !e.asOf().isAfter(day) && !current.contains(e)).toList();
    }

    List<Estimate> future(String source) {
        return estimates.stream().filter(e -> e.source().equals(source) && e.asOf().isAfter(day)).toList();
    }

    List<String> sources() {
        return estimates.stream().map(Estimate::source).distinct().toList();
    }

    List<Estimate> currentOfAll() {
        List<Estimate> all = new ArrayList<>();
        sources().forEach(s -> all.addAll(current(s)));
        return all;
    }

    List<Estimate> revisedOfAll() {
        List<Estimate> all = new ArrayList<>();
        sources().forEach(s -> all.addAll(revised(s)));
        return all;
    }

    List<Estimate> futureOfAll() {
        return estimates.stream().filter(e -> e.asOf().isAfter(day)).toList();
    }

    private Optional<LocalDate> latestOnOrBefore(String source, LocalDate last) {
        return estimates.stream().filter(e -> e.source().equals(source) && !e.asOf().isAfter(last))
            .map(Estimate::asOf).max(LocalDate::compareTo);
    }

    static Optional<Estimate> meeting(List<Estimate> rows, Interval claim) {
        return rows.stream().filter(e -> e.count().meets(claim)).findFirst();
    }
}

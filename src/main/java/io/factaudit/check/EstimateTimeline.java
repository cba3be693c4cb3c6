package io.factaudit.check;

import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A subject's estimates as they stood on one date: for each source, its current rows (those of its
 * latest date not after the day), the rows those revised, and the rows still to come.
 */
final class EstimateTimeline {

    private final List<Estimate> estimates;
    private final LocalDate day;

    EstimateTimeline(List<Estimate> estimates, String subject, LocalDate day) {
        this.estimates = estimates.stream().filter(e -> e.subject().equals(subject)).toList();
        this.day = day;
    }

    boolean hasSource(String source) {
        return estimates.stream().anyMatch(e -> e.source().equals(source));
    }

    List<Estimate> current(String source) {
        Optional<LocalDate> latest = estimates.stream()
            .filter(e -> e.source().equals(source) && !e.asOf().isAfter(day))
            .map(Estimate::asOf).max(LocalDate::compareTo);
        return latest.map(d -> estimates.stream().filter(e -> e.source().equals(source) && e.asOf().equals(d)).toList())
            .orElse(List.of());
    }

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

    static Optional<Estimate> meeting(List<Estimate> rows, Interval claim) {
        return rows.stream().filter(e -> e.count().meets(claim)).findFirst();
    }
}

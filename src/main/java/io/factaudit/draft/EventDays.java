package io.factaudit.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days articles give one event: the day most articles give (the earliest on a tie) is the
 * event's, and articles giving another day are where they disagree.
 *
 * @param byDay the lines giving each day
 */
record EventDays(String event, Map<LocalDate, List<Citation>> byDay) {

    static EventDays of(String event, Map<LocalDate, List<Citation>> byDay) {
        return new EventDays(event, Map.copyOf(byDay));
    }

    /** The days, most given first. */
    List<LocalDate> ranked() {
        return byDay.keySet().stream().sorted(Comparator.comparingInt((LocalDate d) -> -articles(byDay.get(d)))
            .thenComparing(Comparator.naturalOrder())).toList();
    }

    LocalDate day() {
        return ranked().get(0);
    }

    Optional<Disagreement> disagreement() {
        List<LocalDate> ranked = ranked();
        if (ranked.size() < 2) {
            return Optional.empty();
        }
        List<Disagreement.Side> sides = new ArrayList<>();
        for (LocalDate d : ranked) {
            sides.add(new Disagreement.Side(d.toString(), byDay.get(d).stream().distinct().toList()));
        }
        return Optional.of(new Disagreement("event", event, sides));
    }

    private static int articles(List<Citation> citations) {
        return (int) citations.stream().map(Citation::path).distinct().count();
    }
}

package io.factaudit.evaluation;

import io.factaudit.article.Span;
import io.factaudit.claim.DateDecision;
import io.factaudit.language.Words;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Event;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What went wrong with the event dates an audit missed or reported in excess, by kind and without
 * their words (as {@link CountErrors} does for counts), so that a held-out topic tells where its
 * date errors lie while its articles stay unread. A missed date is told by what the event-date
 * reader decided for the mention within it: its words not found at all, found apart, found in a
 * sentence without a date, a date read but none attached, or set aside (not vouched, another
 * occurrence, ...). An extra is told by the way its date was read (where it stood, relative or
 * full, day or span, back or forward) and whether it holds the sheet's day.
 */
final class DateErrors {

    static final String NOT_FOUND = "missed: the event's words not found";
    static final String KIND = "event-date";

    /**
     * What the errors are told by: the reader's decisions for the article, the sheet's events by
     * name, and whether a span of the article holds a date the resolver reads.
     */
    record Reading(List<DateDecision> decisions, Map<String, Event> events, Predicate<Span> dated) {

        static final Reading NONE = new Reading(List.of(), Map.of(), span -> false);
    }

    private DateErrors() {
    }

    /**
     * The kinds of the article's event-date errors, given the pairing of reported to gold items
     * ({@code pair[r]}, -1 unpaired), the reader's decisions and the sheet's day of each event.
     */
    static Map<String, Integer> of(List<GoldItem> gold, List<GoldItem> reported, int[] pair, boolean[] goldMatched,
                                   Reading reading) {
        List<DateDecision> decisions = reading.decisions();
        Map<String, Integer> kinds = new TreeMap<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldItem want = gold.get(g);
            if (goldMatched[g] || !want.category().equals(KIND)) {
                continue;
            }
            List<DateDecision> near = decisions.stream().filter(d -> d.words().overlaps(want.span())).toList();
            String kind = near.isEmpty() ? NOT_FOUND + " (" + share(want, reading.events().get(want.key())) + " of its words, "
                + (reading.dated().test(want.span()) ? "a date" : "no date") + " in the span)"
                : near.stream().anyMatch(DateDecision::isClaim) ? "missed: read, paired with another gold date"
                : "missed: " + near.get(0).reason();
            kinds.merge(kind, 1, Integer::sum);
        }
        for (int r = 0; r < reported.size(); r++) {
            GoldItem got = reported.get(r);
            if (pair[r] >= 0 || !got.category().equals(KIND)) {
                continue;
            }
            DateDecision read = decisions.stream().filter(d -> d.isClaim() && d.claim().span().equals(got.span()))
                .findFirst().orElse(null);
            kinds.merge(read == null ? "extra: dated" : "extra: dated in " + read.way() + ", "
                + against(read, reading.events().containsKey(read.event()) ? reading.events().get(read.event()).date() : null), 1, Integer::sum);
        }
        return kinds;
    }

    /** How many of the content words of the event's wording nearest the span's stand in it: "none", "some", "all". */
    private static String share(GoldItem want, Event event) {
        if (event == null) {
            return "none";
        }
        Set<String> written = new HashSet<>();
        Words.of(want.text()).forEach(w -> written.add(stem(w.lower())));
        double best = 0;
        for (String wording : Stream.concat(Stream.of(event.event()), event.aliases().stream()).toList()) {
            List<String> content = Words.of(wording).stream().map(w -> w.lower())
                .filter(w -> w.length() > 2 && !ClosedClass.contains(w)).map(DateErrors::stem).toList();
            long in = content.stream().filter(written::contains).count();
            best = content.isEmpty() ? best : Math.max(best, (double) in / content.size());
        }
        return best == 0 ? "none" : best == 1 ? "all" : "some";
    }

    /** A word's first letters, enough to take "closure" and "closed", "evacuation" and "evacuated" for one. */
    private static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    /** Whether the date read holds the sheet's day, or lies before or after it. */
    private static String against(DateDecision read, LocalDate sheet) {
        if (sheet == null || read.claim().from() == null) {
            return "no day to compare";
        }
        return read.claim().to().isBefore(sheet) ? "before the sheet's day"
            : read.claim().from().isAfter(sheet) ? "after the sheet's day" : "holding the sheet's day";
    }
}

package io.factaudit.evaluation;

import io.factaudit.claim.DateDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private DateErrors() {
    }

    /**
     * The kinds of the article's event-date errors, given the pairing of reported to gold items
     * ({@code pair[r]}, -1 unpaired), the reader's decisions and the sheet's day of each event.
     */
    static Map<String, Integer> of(List<GoldItem> gold, List<GoldItem> reported, int[] pair, boolean[] goldMatched,
                                   List<DateDecision> decisions, Map<String, LocalDate> sheetDays) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldItem want = gold.get(g);
            if (goldMatched[g] || !want.category().equals(KIND)) {
                continue;
            }
            List<DateDecision> near = decisions.stream().filter(d -> d.words().overlaps(want.span())).toList();
            String kind = near.isEmpty() ? NOT_FOUND
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
                + against(read, sheetDays.get(read.event())), 1, Integer::sum);
        }
        return kinds;
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

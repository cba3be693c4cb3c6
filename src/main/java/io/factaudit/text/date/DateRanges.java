package io.factaudit.text.date;

import io.factaudit.text.date.Candidate.Days;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two dates joined into one span of days: "between Oct. 8 and Oct. 13", "from June to August",
 * "Oct. 2 to October 22", "between Feb. 1 and March 2019" (the first takes the year of the
 * second when it has none of its own).
 */
final class DateRanges {

    private static final Pattern JOIN = Pattern.compile("\\s*(?:and|to|until|till|through|-|\u2013)\\s*",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern JOIN_WITHOUT_LEAD = Pattern.compile("\\s*(?:to|until|till|through|-|\u2013)\\s*",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("(?i)(?:between|from)\\s+$");

    private DateRanges() {
    }

    static List<Candidate> join(String text, List<Candidate> dates) {
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            Candidate a = dates.get(i);
            if (i + 1 < dates.size()) {
                Candidate b = dates.get(i + 1);
                String between = text.substring(a.span().end(), b.span().start());
                boolean led = LEAD.matcher(text.substring(Math.max(0, a.span().start() - 12), a.span().start())).find();
                Candidate joined = led ? JOIN.matcher(between).matches() || JOIN_WITHOUT_LEAD.matcher(between).matches()
                    ? joined(a, b) : null : JOIN_WITHOUT_LEAD.matcher(between).matches() ? joined(a, b) : null;
                if (joined != null) {
                    result.add(joined);
                    i++;
                    continue;
                }
            }
            result.add(a);
        }
        return result;
    }

    private static Candidate joined(Candidate a, Candidate b) {
        boolean relative = a.relative() && b.relative();
        if (a.past() == null || b.past() == null) {
            return new Candidate(a.span().union(b.span()), null, null, true);
        }
        Days past = span(a, b, a.past(), b.past());
        Days future = span(a, b, a.future(), b.future());
        return past == null || future == null ? null : new Candidate(a.span().union(b.span()), past, future, relative);
    }

    private static Days span(Candidate a, Candidate b, Days first, Days last) {
        LocalDate from = first.from();
        if (a.relative() && !b.relative()) {
            from = from.withYear(last.from().getYear()); // "between Feb. 1 and March 2019"
            if (from.isAfter(last.to())) {
                from = from.minusYears(1);
            }
        }
        Days days = new Days(from, last.to());
        return days.ordered() ? days : null;
    }
}

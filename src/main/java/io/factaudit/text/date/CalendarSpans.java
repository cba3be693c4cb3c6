package io.factaudit.text.date;

import static io.factaudit.text.date.CalendarDates.DAY;
import static io.factaudit.text.date.CalendarDates.JOIN;
import static io.factaudit.text.date.CalendarDates.MONTH;
import static io.factaudit.text.date.CalendarDates.YEAR;
import static io.factaudit.text.date.CalendarDates.lower;
import static io.factaudit.text.date.CalendarDates.month;
import static io.factaudit.text.date.CalendarDates.span;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.text.date.Candidate.Days;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of the calendar longer than a day and shorter than a month, or parts of a year: a week
 * of a month or a year ("the last week of July", "the first week of 2015", counted as ISO 8601
 * counts weeks: the week whose Thursday falls in it), a run of days of one month ("November
 * 19-20", "from 4 to 22 January, 1995", "between 4 and 22 this month"), and the early, middle or
 * late part of a year ("late 2019", "the end of 2000": January-April, May-August,
 * September-December).
 */
final class CalendarSpans extends Forms {

    private static final Pattern WEEK_OF = Pattern.compile(
        "(?:(?i:the)\\s+)?(?:(\\d)(?:st|nd|rd|th)|(?i:(last)))\\s+(?i:week)\\s+(?:(?i:of)\\s+)?(?:" + MONTH + "|" + YEAR
            + "|(?i:(this|next|last))\\s+(?i:(month|year))" + WORD_END + ")");
    private static final Pattern DAYS_OF_MONTH = Pattern.compile(
        "(?<![\\d,.:])" + DAY + JOIN + DAY + "\\s+(?:(?i:of|in)\\s+)?(?:" + MONTH + "(?:,?\\s+" + YEAR + ")?"
            + "|(?i:(this|next|last))\\s+(?i:month)" + WORD_END + ")");
    private static final Pattern MONTH_DAYS = Pattern.compile(
        MONTH + "\\s+(?:(?i:between)\\s+)?" + DAY + JOIN + DAY + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern YEAR_PART = Pattern.compile(
        "(?<![\\p{L}])(?i:(early|mid|late)[\\s-]+|(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+)" + YEAR);

    private final LocalDate published;

    CalendarSpans(LocalDate published) {
        this.published = published;
    }

    @Override
    List<Pattern> patterns() {
        return List.of(WEEK_OF, DAYS_OF_MONTH, MONTH_DAYS, YEAR_PART);
    }

    @Override
    void collect(String text, List<Candidate> out) {
        each(WEEK_OF, text, out, this::weekOf);
        each(DAYS_OF_MONTH, text, out, this::daysOfMonth);
        if (CalendarWords.mayNameMonth(text)) { // it opens with a month's name
            each(MONTH_DAYS, text, out, m -> days(span(m), month(m.group(1)), m.group(2), m.group(3), m.group(4)));
        }
        each(YEAR_PART, text, out, this::yearPart);
    }

    private Candidate yearPart(Matcher m) {
        String part = lower(m.group(1) != null ? m.group(1) : m.group(2));
        int which = switch (part) {
            case "early", "beginning", "start" -> 0;
            case "mid", "middle" -> 1;
            default -> 2;
        };
        LocalDate from = LocalDate.of(Integer.parseInt(m.group(3)), 1 + 4 * which, 1);
        return Candidate.fixed(span(m), new Days(from, YearMonth.from(from.plusMonths(3)).atEndOfMonth()), false);
    }

    private Candidate weekOf(Matcher m) {
        int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : -1;
        Span span = span(m);
        if (m.group(4) != null) {
            LocalDate[] week = Calendar.weekOfYear(Integer.parseInt(m.group(4)), n);
            return week == null ? null : Candidate.fixed(span, new Days(week[0], week[1]), false);
        }
        if (published == null) {
            return Candidate.unknown(span);
        }
        if (m.group(3) != null) {
            int month = month(m.group(3));
            return Candidate.of(span, weekOf(Calendar.month(published, month, Direction.PAST), n),
                weekOf(Calendar.month(published, month, Direction.FUTURE), n));
        }
        int shift = lower(m.group(5)).equals("next") ? 1 : lower(m.group(5)).equals("last") ? -1 : 0;
        if (lower(m.group(6)).equals("year")) {
            LocalDate[] week = Calendar.weekOfYear(published.getYear() + shift, n);
            return week == null ? null : Candidate.fixed(span, new Days(week[0], week[1]), true);
        }
        return Candidate.fixed(span, weekOf(YearMonth.from(published).plusMonths(shift), n), true);
    }

    private static Days weekOf(YearMonth ym, int n) {
        LocalDate[] week = Calendar.weekOfMonth(ym, n);
        return week == null ? new Days(ym.atDay(1), ym.atEndOfMonth()) : new Days(week[0], week[1]);
    }

    private Candidate daysOfMonth(Matcher m) {
        if (m.group(3) != null) {
            return days(span(m), month(m.group(3)), m.group(1), m.group(2), m.group(4));
        }
        if (published == null) {
            return Candidate.unknown(span(m));
        }
        String which = lower(m.group(5));
        YearMonth ym = YearMonth.from(published).plusMonths(which.equals("next") ? 1 : which.equals("this") ? 0 : -1);
        LocalDate from = Calendar.date(ym.getYear(), ym.getMonthValue(), Integer.parseInt(m.group(1)));
        LocalDate to = Calendar.date(ym.getYear(), ym.getMonthValue(), Integer.parseInt(m.group(2)));
        return from == null || to == null || to.isBefore(from) ? null : Candidate.fixed(span(m), new Days(from, to), true);
    }

    /** Days {@code first} to {@code last} of a month, in a year given or read by the tense. */
    private Candidate days(Span span, int month, String first, String last, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(last);
        if (year != null) {
            int y = Integer.parseInt(year);
            LocalDate from = Calendar.date(y, month, a);
            LocalDate to = Calendar.date(y, month, b);
            return from == null || to == null || to.isBefore(from) ? null : Candidate.fixed(span, new Days(from, to), false);
        }
        if (b < a || Calendar.date(2000, month, b) == null || a < 1) {
            return null;
        }
        if (published == null) {
            return Candidate.unknown(span);
        }
        LocalDate past = Calendar.monthDay(published, month, a, Direction.PAST);
        LocalDate future = Calendar.monthDay(published, month, a, Direction.FUTURE);
        return Candidate.of(span, new Days(past, past.withDayOfMonth(b)), new Days(future, future.withDayOfMonth(b)));
    }

}

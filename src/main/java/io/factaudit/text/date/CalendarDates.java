package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.text.date.Candidate.Days;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates named by the calendar: a day of a month ("June 19, 2024", "19 June", "Oct. 2", "the 10th
 * of September, 2000", "Friday the 15th", "the 20th of next month"), a month ("in June", "June
 * 2024", "2016 June", "June of 1999", "next June", "June next year", "early October"), a week of a
 * month or a year ("the last week of July"), a year after a preposition ("in 2019"), and days of a
 * month joined ("November 19-20", "from 4 to 22 January"). Without a year, a past clause reads the
 * most recent such day or month and a future clause the coming one; "last June" is before the
 * article's month and "early", "mid" and "late" are the 1st-10th, 11th-20th and 21st-end
 * (FACT-SHEETS.md 1.1).
 */
final class CalendarDates extends Forms {

    static final String MONTH = "(" + CalendarWords.monthPattern() + ")";
    static final String WEEKDAY = "(" + CalendarWords.weekdayPattern() + ")";
    static final String YEAR = "(\\d{4})" + WORD_END;
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?" + WORD_END;
    static final String JOIN = "\\s*(?:-|\u2013|(?i:to|until|till|through|and)(?![\\p{L}]))\\s*";

    private static final Pattern MONTH_DAY = Pattern.compile(
        "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(?:(?i:the)\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(
        "(?<![\\d,.:])(?:" + WEEKDAY + ",?\\s+)?(?:(?i:the)\\s+)?" + DAY + "\\s+(?:(?i:of)\\s+)?" + MONTH
            + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_NAMED = Pattern.compile(
        "(?:(?i:(last|this|next|coming))\\s+)?(?:(?i:(early|late|mid|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))"
            + "(?:\\s+(?i:and\\s+(early|late|mid)))?[\\s-]*)?" + MONTH
            + "(?:\\s*,?\\s+(?:(?i:of)\\s+)?" + YEAR + "|\\s+(?i:(last|this|next))\\s+(?i:year)" + WORD_END + ")?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d\\p{L}])([12]\\d{3})\\s*,?\\s*" + MONTH);
    private static final Pattern YEAR_ALONE = Pattern.compile(
        "(?<![\\p{L}])(?i:in|since|during|until|by|from|through|throughout|between|to)\\s+([12]\\d{3})" + WORD_END);
    /** Words before a month name alone that make it a date ("in May"), not a verb ("may", "march"). */
    private static final Set<String> MONTH_LEADS = Set.of("in", "on", "since", "by", "until", "till", "through",
        "during", "from", "of", "to", "between", "and", "before", "after", "throughout", "early", "late", "mid", "last",
        "this", "next", "that", "coming");

    private final LocalDate published;
    private final OrdinalDays ordinals;

    CalendarDates(LocalDate published) {
        this.published = published;
        this.ordinals = new OrdinalDays(published);
    }

    @Override
    List<Pattern> patterns() {
        return List.of(MONTH_DAY, DAY_MONTH, MONTH_NAMED, YEAR_MONTH, OrdinalDays.WEEKDAY_THE_DAY,
            OrdinalDays.DAY_OF_RELATIVE_MONTH, OrdinalDays.THE_DAY, YEAR_ALONE);
    }

    @Override
    void collect(String text, List<Candidate> out) {
        if (CalendarWords.mayNameMonth(text)) { // each of these four needs a month's name
            each(MONTH_DAY, text, out, m -> monthDay(m, 2, 3, 4));
            each(DAY_MONTH, text, out, m -> monthDay(m, 3, 2, 4));
            each(MONTH_NAMED, text, out, m -> named(text, m));
            each(YEAR_MONTH, text, out, m -> wholeMonth(span(m), YearMonth.of(Integer.parseInt(m.group(1)), month(m.group(2)))));
        }
        each(OrdinalDays.WEEKDAY_THE_DAY, text, out, m -> ordinals.weekdayTheDay(text, m));
        each(OrdinalDays.DAY_OF_RELATIVE_MONTH, text, out, ordinals::dayOfRelativeMonth);
        each(OrdinalDays.THE_DAY, text, out, m -> ordinals.theDay(text, m));
        each(YEAR_ALONE, text, out, m -> {
            int year = Integer.parseInt(m.group(1));
            return Candidate.fixed(new Span(m.start(1), m.end(1)),
                new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), false);
        });
    }

    private Candidate monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        int month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        Span span = span(m);
        if (m.group(yearGroup) != null) {
            LocalDate d = Calendar.date(Integer.parseInt(m.group(yearGroup)), month, day);
            return d == null ? null : Candidate.fixed(span, Days.of(d), false);
        }
        if (day > 31 || YearMonth.of(2000, month).lengthOfMonth() < day) {
            return null; // "Feb 30", not a day
        }
        if (published == null) {
            return Candidate.unknown(span);
        }
        LocalDate past = Calendar.monthDay(published, month, day, Direction.PAST);
        LocalDate future = Calendar.monthDay(published, month, day, Direction.FUTURE);
        if (m.group(1) != null) { // both patterns hold the weekday in group 1
            DayOfWeek weekday = CalendarWords.weekday(m.group(1)).orElseThrow();
            boolean pastAgrees = past != null && past.getDayOfWeek() == weekday;
            boolean futureAgrees = future != null && future.getDayOfWeek() == weekday;
            if (pastAgrees != futureAgrees) {
                // "Thursday 20 March": the year in which the 20th is a Thursday, whatever the tense
                return Candidate.fixed(span, Days.of(pastAgrees ? past : future), true);
            }
        }
        return Candidate.of(span, Days.of(past), Days.of(future));
    }

    private Candidate named(String text, Matcher m) {
        String which = lower(m.group(1));
        String part = m.group(2);
        String secondPart = m.group(3);
        int month = month(m.group(4));
        String year = m.group(5);
        String relativeYear = lower(m.group(6));
        if (which.isEmpty() && part == null && year == null && relativeYear.isEmpty()
            && !MONTH_LEADS.contains(wordBefore(text, m.start()))) {
            return null;
        }
        if (which.isEmpty() && part == null && year == null && relativeYear.isEmpty()
            && Character.isLowerCase(m.group(4).charAt(0))) {
            return null; // "to march", "and may": a verb; a month alone is written with its capital
        }
        Span span = span(m);
        if (year != null) {
            return Candidate.fixed(span, part(YearMonth.of(Integer.parseInt(year), month), part, secondPart), false);
        }
        if (published == null) {
            return Candidate.unknown(span);
        }
        if (!relativeYear.isEmpty()) {
            int shift = relativeYear.equals("last") ? -1 : relativeYear.equals("next") ? 1 : 0;
            return Candidate.fixed(span, part(YearMonth.of(published.getYear() + shift, month), part, secondPart), true);
        }
        YearMonth now = YearMonth.from(published);
        YearMonth thisYear = YearMonth.of(published.getYear(), month);
        YearMonth fixed = switch (which) {
            case "last" -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
            case "next", "coming" -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
            case "this" -> thisYear;
            default -> null;
        };
        if (fixed != null) {
            return Candidate.fixed(span, part(fixed, part, secondPart), true);
        }
        return Candidate.of(span, part(Calendar.month(published, month, Direction.PAST), part, secondPart),
            part(Calendar.month(published, month, Direction.FUTURE), part, secondPart));
    }

    private Candidate wholeMonth(Span span, YearMonth ym) {
        return Candidate.fixed(span, new Days(ym.atDay(1), ym.atEndOfMonth()), false);
    }

    /** A month, or its early, mid or late part (and "early and mid-October"). */
    private static Days part(YearMonth ym, String part, String secondPart) {
        int first = part == null ? 1 : firstDay(part);
        String end = secondPart != null ? secondPart : part;
        int last = end == null ? ym.lengthOfMonth() : lastDay(end, ym);
        return new Days(ym.atDay(first), ym.atDay(last));
    }

    private static int firstDay(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.startsWith("mid") || p.contains("middle")) {
            return 11;
        }
        return p.startsWith("late") || p.contains("end") ? 21 : 1;
    }

    private static int lastDay(String part, YearMonth ym) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
            return 10;
        }
        return p.startsWith("mid") || p.contains("middle") ? 20 : ym.lengthOfMonth();
    }

    static int month(String name) {
        return CalendarWords.month(name).orElseThrow().getValue();
    }

    static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}

package io.factaudit.text.date;

import io.factaudit.article.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a text and resolves them against the article's date: full dates
 * ("June 19, 2024", "13 February 2023"), dates without a year ("Oct. 24", "Tuesday, February 7"),
 * months ("in June", "last August", "early August", "mid-October", "late October", "June 2024",
 * "August last year"), weekdays ("on Thursday", "Monday night", "last Friday"), and relative
 * expressions ({@link RelativeDates}).
 *
 * <p>Conventions: a month without a year is the most recent such month not after the article's
 * month ("last June" strictly before it); a day without a year is the one within 300 days before
 * or 60 days after the article's date; a weekday is the most recent such day on or before the
 * article's date, so "on Monday" in an article of a Monday is that very day (as live reports and
 * dailies write it) and "On Thursday" in an article of Friday 2024-11-01 is 2024-10-31; "last
 * Friday" is strictly before. "early", "mid" and "late" are days 1-10, 11-20 and 21 to the end.
 *
 * <p>Not thread-safe: one resolver per article being read.
 */
public final class DateResolver {

    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
        + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])";
    static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])";
    private static final String YEAR = "(\\d{4})(?![\\d\\p{L}])";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])";

    private static final Pattern MONTH_DAY = Pattern.compile(
        "(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(
        "(?<![\\d,.:])(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_NAMED = Pattern.compile(
        "(?:(?i:(last|this|next))\\s+)?(?:(?i:(early|late|mid|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))"
            + "(?:\\s+(?i:and\\s+(early|late|mid)))?[\\s-]*)?" + MONTH
            + "(?:,?\\s+" + YEAR + "|\\s+(?i:(last|this|next))\\s+year(?![\\p{L}]))?");
    private static final Pattern WEEKDAY_NAMED = Pattern.compile(
        "(?:(?i:(last|this|next|early\\s+on|late\\s+on|early|late))\\s+)?" + WEEKDAY
            + "(?:\\s+(?i:morning|afternoon|evening|night)(?![\\p{L}]))?");
    private static final Pattern YEAR_ALONE = Pattern.compile(
        "(?<![\\p{L}])(?i:in|since|during|until|by|from|through|throughout)\\s+((?:19|20)\\d{2})(?![\\d\\p{L}])");
    /** Words without which a text holds no date expression of a family: one pass instead of every pattern's. */
    private static final String[] MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] RELATIVE_STARTS = {"yesterday", "today", "tonight", "week", "month", "year", "spring",
        "summer", "autumn", "fall", "winter", "ago", "day", "night"};
    private static final int MONTHS = 1;
    private static final int DAYS_OF_WEEK = 2;
    private static final int RELATIVE_WORDS = 4;
    private static final int YEARS = 8;
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:and|to|until|through|-|\u2013)\\s*");
    private static final Pattern RANGE_LEAD = Pattern.compile("(?i)(?:between|from)\\s+$");

    /** Words before a month name that make it a date ("in May"), not a verb ("may", "march"). */
    private static final Set<String> MONTH_LEADS = Set.of("in", "on", "since", "by", "until", "till", "through",
        "during", "from", "of", "to", "between", "and", "before", "after", "throughout", "early", "late", "mid", "last",
        "this", "next", "that");

    private final LocalDate published;
    private final RelativeDates relative;
    /** Readers ask about the same sentence more than once; a resolver serves one article at a time. */
    private final java.util.Map<Span, List<DateMention>> memo = new java.util.HashMap<>();
    private String memoText;

    /** @param published the article's date, or null when it is undated */
    public DateResolver(LocalDate published) {
        this.published = published;
        this.relative = new RelativeDates(published);
    }

    /** Every date expression in the whole text, in order. */
    public List<DateMention> find(String text) {
        return find(text, new Span(0, text.length()));
    }

    /** Every date expression in part of a text, located in the whole text, in order. */
    public List<DateMention> find(String text, Span range) {
        if (text != memoText) {
            memo.clear();
            memoText = text;
        }
        return memo.computeIfAbsent(range, r -> read(text, r));
    }

    private List<DateMention> read(String text, Span range) {
        String part = text.substring(range.start(), range.end());
        int families = families(part);
        if (families == 0) {
            return List.of();
        }
        List<DateMention> found = new ArrayList<>();
        if ((families & MONTHS) != 0) {
            collect(MONTH_DAY, part, found, m -> monthDay(m, 2, 3, 4));
            collect(DAY_MONTH, part, found, m -> monthDay(m, 3, 2, 4));
            collect(MONTH_NAMED, part, found, m -> named(part, m));
        }
        if ((families & DAYS_OF_WEEK) != 0) {
            collect(WEEKDAY_NAMED, part, found, this::weekday);
        }
        if ((families & YEARS) != 0) {
            collect(YEAR_ALONE, part, found, this::yearAlone);
        }
        if ((families & RELATIVE_WORDS) != 0) {
            relative.collect(part, found);
        }
        return joinRanges(part, keepLongest(found)).stream()
            .map(d -> new DateMention(new Span(d.span().start() + range.start(), d.span().end() + range.start()),
                d.from(), d.to(), d.relative()))
            .toList();
    }

    /** Which families of date words a text holds, by one pass over its words. */
    private static int families(String text) {
        int found = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (Character.isDigit(text.charAt(i))) {
                found |= length == 4 && (text.startsWith("19", i) || text.startsWith("20", i)) ? YEARS : 0;
            } else {
                found |= startsWithAny(text, i, length, MONTH_STARTS, false) ? MONTHS : 0;
                found |= length >= 6 && startsWithAny(text, i, length, WEEKDAYS, false) ? DAYS_OF_WEEK : 0;
                found |= startsWithAny(text, i, length, RELATIVE_STARTS, true) ? RELATIVE_WORDS : 0;
            }
            i = end;
        }
        return found;
    }

    private static boolean startsWithAny(String text, int at, int length, String[] starts, boolean ignoreCase) {
        for (String start : starts) {
            if (start.length() <= length && text.regionMatches(ignoreCase, at, start, 0, start.length())) {
                return true;
            }
        }
        return false;
    }

    private interface Reading {
        DateMention read(Matcher m);
    }

    private static void collect(Pattern pattern, String text, List<DateMention> out, Reading reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            DateMention d = reading.read(m);
            if (d != null) {
                out.add(d);
            }
        }
    }

    private DateMention monthDay(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        int month = month(m.group(monthGroup));
        int day = Integer.parseInt(m.group(dayGroup));
        if (day < 1 || day > 31) {
            return null;
        }
        Span span = new Span(m.start(), m.end());
        if (m.group(yearGroup) != null) {
            LocalDate d = date(Integer.parseInt(m.group(yearGroup)), month, day);
            return d == null ? null : new DateMention(span, d, d, false);
        }
        if (published == null) {
            return new DateMention(span, null, null, true);
        }
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate d = date(year, month, day);
            if (d != null && !d.isBefore(published.minusDays(300)) && !d.isAfter(published.plusDays(60))) {
                return new DateMention(span, d, d, true);
            }
        }
        return null;
    }

    private DateMention named(String text, Matcher m) {
        String last = m.group(1);
        String part = m.group(2);
        String secondPart = m.group(3);
        int month = month(m.group(4));
        String year = m.group(5);
        String relativeYear = m.group(6);
        if (last == null && part == null && year == null && relativeYear == null
            && !MONTH_LEADS.contains(wordBefore(text, m.start()))) {
            return null;
        }
        Span span = new Span(m.start(), m.end());
        YearMonth ym;
        if (year != null) {
            ym = YearMonth.of(Integer.parseInt(year), month);
        } else if (published == null) {
            return new DateMention(span, null, null, true);
        } else if (relativeYear != null) {
            int shift = switch (relativeYear.toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            ym = YearMonth.of(published.getYear() + shift, month);
        } else {
            ym = monthAround(month, last == null ? "" : last.toLowerCase(Locale.ROOT));
        }
        LocalDate from = ym.atDay(part == null ? 1 : firstDay(part));
        LocalDate to = ym.atDay(lastDay(secondPart != null ? secondPart : part, ym));
        return new DateMention(span, from, to, year == null);
    }

    /** The month named with "last", "this", "next" or nothing, seen from the article's date. */
    private YearMonth monthAround(int month, String which) {
        YearMonth now = YearMonth.from(published);
        YearMonth thisYear = YearMonth.of(published.getYear(), month);
        return switch (which) {
            case "last" -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
            case "next" -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
            case "this" -> thisYear;
            default -> thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
        };
    }

    private DateMention weekday(Matcher m) {
        Span span = new Span(m.start(), m.end());
        if (published == null) {
            return new DateMention(span, null, null, true);
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate d = switch (which) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return new DateMention(span, d, d, true);
    }

    private DateMention yearAlone(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        return new DateMention(new Span(m.start(1), m.end(1)), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
            false);
    }

    /** Overlapping readings: the one that starts first, then the longest, wins. */
    private static List<DateMention> keepLongest(List<DateMention> found) {
        found.sort(Comparator.comparingInt((DateMention d) -> d.span().start()).thenComparingInt(d -> -d.span().length()));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(d.span())) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** "between Oct. 8 and Oct. 13", "from June to August": one span of days. */
    private static List<DateMention> joinRanges(String text, List<DateMention> mentions) {
        List<DateMention> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            DateMention a = mentions.get(i);
            if (i + 1 < mentions.size()) {
                DateMention b = mentions.get(i + 1);
                String between = text.substring(a.span().end(), b.span().start());
                if (RANGE_JOIN.matcher(between).matches()
                    && RANGE_LEAD.matcher(text.substring(Math.max(0, a.span().start() - 12), a.span().start())).find()) {
                    boolean known = a.resolved() && b.resolved() && !b.to().isBefore(a.from());
                    result.add(new DateMention(a.span().union(b.span()), known ? a.from() : null, known ? b.to() : null,
                        a.relative() || b.relative()));
                    i++;
                    continue;
                }
            }
            result.add(a);
        }
        return result;
    }

    static int month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static int firstDay(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.startsWith("mid") || p.contains("middle")) {
            return 11;
        }
        return p.startsWith("late") || p.contains("end") ? 21 : 1;
    }

    private static int lastDay(String part, YearMonth ym) {
        if (part == null) {
            return ym.lengthOfMonth();
        }
        String p = part.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
            return 10;
        }
        return p.startsWith("mid") || p.contains("middle") ? 20 : ym.lengthOfMonth();
    }

    private static LocalDate date(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
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

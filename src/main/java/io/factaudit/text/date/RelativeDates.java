package io.factaudit.text.date;

import io.factaudit.article.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions that only mean something against the article's date: "yesterday", "a day
 * earlier", "this week" (its Monday to the article's date), "last week" (the Monday to Sunday
 * before), "over the weekend", "this month", "last month", "earlier this year", "last year",
 * "last summer" (the last June-to-August wholly before the article; seasons are northern),
 * "four months ago" (that whole month).
 */
final class RelativeDates {

    private static final Pattern DAY = Pattern.compile(
        "(?i)(?<![\\p{L}])(yesterday|today|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+night"
            + "|(?:a|one)\\s+day\\s+(?:earlier|before)|the\\s+(?:day\\s+before|previous\\s+day))(?![\\p{L}])");
    private static final Pattern PERIOD = Pattern.compile(
        "(?i)(?<![\\p{L}])(?:(?:earlier|later)\\s+)?(this|last|the\\s+previous)\\s+(week|weekend|month|year)(?![\\p{L}])"
            + "|(?<![\\p{L}])over\\s+the\\s+(weekend)(?![\\p{L}])");
    private static final Pattern SEASON = Pattern.compile(
        "(?i)(?<![\\p{L}])(last|this|next)\\s+(spring|summer|autumn|fall|winter)(?![\\p{L}])");
    private static final Pattern AGO = Pattern.compile(
        "(?i)(?<![\\p{L}])(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(day|week|month|year)s?\\s+ago(?![\\p{L}])");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
        Map.entry("eleven", 11), Map.entry("twelve", 12));

    private final LocalDate published;

    RelativeDates(LocalDate published) {
        this.published = published;
    }

    void collect(String text, List<DateMention> out) {
        find(DAY, text, out, m -> day(m.group(1)));
        find(PERIOD, text, out, m -> m.group(3) != null ? lastWeekend() : period(m.group(1), m.group(2)));
        find(SEASON, text, out, m -> season(m.group(1), m.group(2)));
        find(AGO, text, out, m -> ago(m.group(1), m.group(2)));
    }

    private interface Days {
        LocalDate[] of(Matcher m);
    }

    private void find(Pattern pattern, String text, List<DateMention> out, Days days) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (published == null) {
                out.add(new DateMention(span, null, null, true));
            } else {
                LocalDate[] d = days.of(m);
                out.add(new DateMention(span, d[0], d[1], true));
            }
        }
    }

    private LocalDate[] day(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        boolean sameDay = w.equals("today") || w.equals("tonight") || w.startsWith("this");
        LocalDate d = sameDay ? published : published.minusDays(1);
        return new LocalDate[] {d, d};
    }

    private LocalDate[] period(String which, String unit) {
        boolean last = !which.equalsIgnoreCase("this");
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield last ? new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)}
                    : new LocalDate[] {monday, published};
            }
            case "weekend" -> last ? lastWeekend() : thisWeekend();
            case "month" -> {
                YearMonth ym = YearMonth.from(published).minusMonths(last ? 1 : 0);
                yield new LocalDate[] {ym.atDay(1), last ? ym.atEndOfMonth() : published};
            }
            default -> {
                int year = published.getYear() - (last ? 1 : 0);
                yield new LocalDate[] {LocalDate.of(year, 1, 1), last ? LocalDate.of(year, 12, 31) : published};
            }
        };
    }

    private LocalDate[] lastWeekend() {
        LocalDate sunday = published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return new LocalDate[] {sunday.minusDays(1), sunday};
    }

    private LocalDate[] thisWeekend() {
        LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (published.getDayOfWeek() != DayOfWeek.SATURDAY && published.getDayOfWeek() != DayOfWeek.SUNDAY) {
            saturday = published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return new LocalDate[] {saturday, saturday.plusDays(1)};
    }

    /** A season's months (northern): spring March-May, summer June-August, autumn September-November, winter December-February. */
    private LocalDate[] season(String which, String name) {
        Month first = switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            case "winter" -> Month.DECEMBER;
            default -> Month.SEPTEMBER;
        };
        LocalDate start = LocalDate.of(published.getYear(), first, 1);
        LocalDate end = YearMonth.from(start.plusMonths(2)).atEndOfMonth();
        String w = which.toLowerCase(Locale.ROOT);
        if (w.equals("last")) {
            while (!end.isBefore(published)) {
                start = start.minusYears(1);
                end = YearMonth.from(start.plusMonths(2)).atEndOfMonth();
            }
        } else if (w.equals("next")) {
            while (!start.isAfter(published)) {
                start = start.plusYears(1);
                end = YearMonth.from(start.plusMonths(2)).atEndOfMonth();
            }
        } else if (first == Month.DECEMBER && published.getMonthValue() <= 2) {
            start = start.minusYears(1);
            end = YearMonth.from(start.plusMonths(2)).atEndOfMonth();
        }
        return new LocalDate[] {start, end};
    }

    private LocalDate[] ago(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        int n = NUMBERS.containsKey(c) ? NUMBERS.get(c) : Integer.parseInt(c);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> new LocalDate[] {published.minusDays(n), published.minusDays(n)};
            case "week" -> {
                LocalDate monday = published.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new LocalDate[] {monday, monday.plusDays(6)};
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(published).minusMonths(n);
                yield new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            default -> {
                int year = published.getYear() - n;
                yield new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        };
    }
}

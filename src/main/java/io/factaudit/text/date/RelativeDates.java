package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.text.date.Candidate.Days;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that only mean something against the article's date: "yesterday", "tomorrow", "the day
 * after tomorrow", "a day earlier"; a week, month or year named from it ("last week" is the
 * Monday to Sunday before, "next month", "the coming week", "the year after next"), or part of
 * one ("earlier this month", "later this week", "early next year", "the end of last week", "the
 * rest of the month"; "the end of the month" and "earlier in the week" are the article's); "this week" is its Monday to the article's date in a past clause and the
 * article's date to its Sunday in a future one, and "at the weekend" and, on a weekday, "this weekend"
 * the last weekend or the coming one; "four months ago" (that whole month; "a few days
 * ago" two to five days before); "the past three weeks", "the next two days"; seasons ("last
 * summer": the last June-to-August wholly before the article; seasons are northern).
 */
final class RelativeDates extends Forms {

    private static final String START = "(?<![\\p{L}])";
    private static final Pattern DAY = Pattern.compile("(?i)" + START + "(the\\s+day\\s+before\\s+yesterday"
        + "|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|this\\s+(?:morning|afternoon|evening)"
        + "|last\\s+night|(?:a|1)\\s+day\\s+(?:earlier|before)|the\\s+(?:day\\s+before|previous\\s+day))" + WORD_END);
    private static final Pattern UNIT = Pattern.compile("(?i)" + START
        + "(?:(earlier|later|early|late|mid)(?:\\s+in|-)?\\s+|(?:the\\s+)?(start|beginning|end|middle|rest)\\s+of\\s+)?"
        + "(this|current|last|next|coming|upcoming|previous|past|the\\s+(?:previous|coming|past|next|upcoming|current)|the)\\s+"
        + "(week|weekend|month|year)" + WORD_END);
    private static final Pattern OVER_THE_WEEKEND = Pattern.compile("(?i)" + START + "over\\s+the\\s+weekend" + WORD_END);
    /** "at the weekend", "during the weekend", "on the weekend": the last one in a past clause, the coming one in a future clause. */
    private static final Pattern AT_THE_WEEKEND = Pattern.compile("(?i)" + START + "(?:at|during|on)\\s+the\\s+weekend" + WORD_END);
    private static final Pattern AFTER_NEXT = Pattern.compile(
        "(?i)" + START + "the\\s+(week|weekend|month|year)\\s+after\\s+(?:the\\s+)?next" + WORD_END);
    private static final Pattern REST_OF = Pattern.compile("(?i)" + START + "(?:the\\s+)?rest\\s+of\\s+(?:the\\s+|this\\s+|current\\s+)?"
        + "(week|month|year)" + WORD_END);
    private static final Pattern SEASON = Pattern.compile(
        "(?i)" + START + "(last|this|next)\\s+(spring|summer|autumn|fall|winter)" + WORD_END);
    private static final Pattern AGO = Pattern.compile("(?i)" + START
        + "(\\d{1,3}|an?|a\\s+few|few|several|a\\s+couple\\s+of|a\\s+couple)\\s+(day|week|fortnight|month|year)s?\\s+ago"
        + WORD_END);
    /** "in two days", "in a fortnight", "in three weeks' time": a day counted forward, in a future clause only. */
    private static final Pattern HENCE = Pattern.compile("(?i)" + START
        + "in\\s+(\\d{1,2}|an?)\\s+(day|week|fortnight)s?(?:['’]?\\s+time)?" + WORD_END);
    private static final Pattern STRETCH = Pattern.compile("(?i)" + START + "(?:the\\s+)?(past|last|previous|next|coming)"
        + "\\s+(\\d{1,3}|few|couple\\s+of|several)\\s+(day|week|month|year)s" + WORD_END);

    private final LocalDate published;
    private final CalendarUnits units;

    RelativeDates(LocalDate published) {
        this.published = published;
        this.units = new CalendarUnits(published);
    }

    @Override
    List<Pattern> patterns() {
        return List.of(DAY, UNIT, OVER_THE_WEEKEND, AT_THE_WEEKEND, AFTER_NEXT, REST_OF, SEASON, AGO, HENCE, STRETCH);
    }

    @Override
    void collect(String text, List<Candidate> out) {
        find(DAY, text, out, m -> fixed(day(lower(m.group(1)))));
        find(UNIT, text, out, this::unit);
        find(OVER_THE_WEEKEND, text, out, m -> fixed(units.lastWeekend()));
        find(AT_THE_WEEKEND, text, out, m -> Candidate.of(null, units.lastWeekend(), units.thisWeekend()));
        find(AFTER_NEXT, text, out, m -> fixed(units.unit(lower(m.group(1)), 2)));
        find(REST_OF, text, out, m -> fixed(new Days(published, units.unit(lower(m.group(1)), 0).to())));
        find(SEASON, text, out, m -> fixed(units.season(lower(m.group(1)), lower(m.group(2)))));
        find(AGO, text, out, m -> fixed(ago(lower(m.group(1)), lower(m.group(2)))));
        find(HENCE, text, out, m -> hence(lower(m.group(1)), lower(m.group(2))));
        find(STRETCH, text, out, m -> fixed(stretch(lower(m.group(1)), lower(m.group(2)), lower(m.group(3)))));
    }

    /** A reading in both directions; its span is set by {@link #find}. */
    private static Candidate fixed(Days days) {
        return days == null ? null : Candidate.fixed(null, days, true);
    }

    private void find(Pattern pattern, String text, List<Candidate> out, Function<Matcher, Candidate> reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (published == null) {
                out.add(Candidate.unknown(span));
                continue;
            }
            Candidate c = reading.apply(m);
            if (c != null) {
                out.add(c.at(span));
            }
        }
    }

    private Days day(String words) {
        if (words.equals("tomorrow")) {
            return Days.of(published.plusDays(1));
        }
        if (words.contains("after tomorrow")) {
            return Days.of(published.plusDays(2));
        }
        if (words.contains("before yesterday")) {
            return Days.of(published.minusDays(2));
        }
        boolean sameDay = words.equals("today") || words.equals("tonight") || words.startsWith("this");
        return Days.of(sameDay ? published : published.minusDays(1));
    }

    private Candidate unit(Matcher m) {
        String part = lower(m.group(1) != null ? m.group(1) : m.group(2));
        String which = lower(m.group(3)).replace("the ", "");
        String unit = lower(m.group(4));
        if (which.equals("the") && (part.isEmpty() || part.equals("early") || part.equals("late") || part.equals("mid"))) {
            return null; // "the week": which week is told elsewhere; "the end of the month", "earlier in the week" are the article's
        }
        if (which.equals("past")) {
            return part.isEmpty() ? fixed(new Days(minus(unit, 1), published)) : null;
        }
        int shift = switch (which) {
            case "last", "previous" -> -1;
            case "next", "coming", "upcoming" -> 1;
            default -> 0;
        };
        Days whole = units.unit(unit, shift);
        if (part.equals("rest")) {
            return fixed(new Days(published, whole.to()));
        }
        if (shift == 0 && (part.equals("earlier") || part.equals("later") || part.isEmpty())) {
            Days gone = new Days(whole.from(), published);
            Days ahead = new Days(published, whole.to());
            if (unit.equals("weekend")) {
                // "this weekend" on a weekday: the one just gone in a past clause, the coming one in a future clause
                return units.inWeekend() ? fixed(whole) : Candidate.of(null, units.lastWeekend(), whole);
            }
            return part.equals("earlier") ? fixed(gone) : part.equals("later") ? fixed(ahead)
                : Candidate.of(null, gone, ahead);
        }
        return fixed(part.isEmpty() || part.equals("earlier") || part.equals("later") ? whole : CalendarUnits.part(whole, unit, part));
    }

    /**
     * "in two days" is the day two days after the article's, "in a fortnight" and "in three weeks"
     * the day 14 and 21 days after; in a past clause the words tell a duration ("built it in two
     * days"), not a date, so that reading has no days.
     */
    private Candidate hence(String count, String unit) {
        int n = count.startsWith("a") ? 1 : Integer.parseInt(count);
        long days = n * (unit.equals("day") ? 1L : unit.equals("week") ? 7L : 14L);
        return Candidate.of(null, null, Days.of(published.plusDays(days)));
    }

    /**
     * "four months ago": that whole month; "a few days ago": two to five days before; "two days
     * ago": that day; "a fortnight ago" is two weeks ago, that week.
     */
    private Days ago(String count, String unit) {
        if (unit.equals("fortnight")) {
            return ago(count.startsWith("a") ? "2" : String.valueOf(2 * Integer.parseInt(count)), "week");
        }
        int[] n = switch (count) {
            case "a", "an" -> new int[] {1, 1};
            case "a few", "few" -> new int[] {2, 5};
            case "several" -> new int[] {3, 7};
            case "a couple", "a couple of" -> new int[] {2, 2};
            default -> new int[] {Integer.parseInt(count), Integer.parseInt(count)};
        };
        return switch (unit) {
            case "day" -> new Days(published.minusDays(n[1]), published.minusDays(n[0]));
            case "week" -> new Days(Calendar.monday(published.minusWeeks(n[1])),
                Calendar.monday(published.minusWeeks(n[0])).plusDays(6));
            case "month" -> new Days(YearMonth.from(published).minusMonths(n[1]).atDay(1),
                YearMonth.from(published).minusMonths(n[0]).atEndOfMonth());
            default -> new Days(LocalDate.of(published.getYear() - n[1], 1, 1),
                LocalDate.of(published.getYear() - n[0], 12, 31));
        };
    }

    /** "the past three weeks": from three weeks before the article's date to it; "the next two days": the two days after it. */
    private Days stretch(String which, String count, String unit) {
        long n = switch (count) {
            case "few" -> 3;
            case "couple of" -> 2;
            case "several" -> 7;
            default -> Long.parseLong(count);
        };
        ChronoUnit u = ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S");
        boolean ahead = which.equals("next") || which.equals("coming");
        return ahead ? new Days(published.plusDays(1), published.plus(n, u)) : new Days(published.minus(n, u), published);
    }

    private LocalDate minus(String unit, long n) {
        return unit.equals("weekend") ? published.minusWeeks(n)
            : published.minus(n, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S"));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

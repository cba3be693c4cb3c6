package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.text.date.Candidate.Days;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named by their weekday. Alone ("on Friday", "Monday night") a past clause reads the most
 * recent one and a future clause the coming one, the article's own weekday being its day of
 * publication either way. "last Friday" is strictly before the article's date, "coming Friday"
 * strictly after; "this Friday" is the Friday of the article's week (Monday to Sunday) and "next
 * Friday" the Friday of the week after, as are "Friday next week", "next week on Friday" and
 * "Sunday of next week".
 */
final class WeekdayDates extends Forms {

    private static final String WEEKDAY = "(" + CalendarWords.weekdayPattern() + ")";
    private static final Pattern WEEK_THEN_DAY = Pattern.compile(
        "(?i:(this|next|last|coming))\\s+(?i:week)\\s*,?\\s+(?:(?i:on)\\s+)?" + WEEKDAY);
    private static final Pattern DAY_THEN_WEEK = Pattern.compile(
        WEEKDAY + "\\s+(?:(?i:of)\\s+)?(?i:(this|next|last|coming))\\s+(?i:week)" + WORD_END);
    /** "this week from Tue to Thur", "next week between Wednesday and Friday": abbreviations need no period here. */
    private static final String ANY_WEEKDAY = "(" + CalendarWords.weekdayPattern(true) + ")";
    private static final Pattern WEEK_RUN = Pattern.compile("(?i:(this|next|last|coming))\\s+(?i:week)\\s*,?\\s+(?i:from|between)\\s+"
        + ANY_WEEKDAY + "\\s+(?i:to|and|through|until|till)\\s+" + ANY_WEEKDAY);
    private static final Pattern NAMED = Pattern.compile(
        "(?:(?i:(last|this\\s+coming|this|next|coming|early\\s+on|late\\s+on|early|late))\\s+)?" + WEEKDAY
            + "(?:\\s+(?i:morning|afternoon|evening|night)" + WORD_END + ")?");

    private final LocalDate published;

    WeekdayDates(LocalDate published) {
        this.published = published;
    }

    @Override
    List<Pattern> patterns() {
        return List.of(WEEK_RUN, WEEK_THEN_DAY, DAY_THEN_WEEK, NAMED);
    }

    @Override
    void collect(String text, List<Candidate> out) {
        each(WEEK_RUN, text, out, m -> {
            Candidate first = inWeek(m, m.group(1), m.group(2));
            Candidate last = inWeek(m, m.group(1), m.group(3));
            return first.past() == null ? first : Candidate.fixed(first.span(),
                new Days(first.past().from(), last.past().to()), true);
        });
        each(WEEK_THEN_DAY, text, out, m -> inWeek(m, m.group(1), m.group(2)));
        each(DAY_THEN_WEEK, text, out, m -> inWeek(m, m.group(2), m.group(1)));
        each(NAMED, text, out, this::named);
    }

    private Candidate inWeek(Matcher m, String week, String weekday) {
        Span span = new Span(m.start(), m.end());
        if (published == null) {
            return Candidate.unknown(span);
        }
        DayOfWeek day = CalendarWords.weekday(weekday).orElseThrow();
        LocalDate monday = Calendar.monday(published);
        monday = switch (week.toLowerCase(Locale.ROOT)) {
            case "next", "coming" -> monday.plusWeeks(1);
            case "last" -> monday.minusWeeks(1);
            default -> monday;
        };
        return Candidate.fixed(span, Days.of(monday.plusDays(day.getValue() - 1L)), true);
    }

    private Candidate named(Matcher m) {
        Span span = new Span(m.start(), m.end());
        if (published == null) {
            return Candidate.unknown(span);
        }
        DayOfWeek day = CalendarWords.weekday(m.group(2)).orElseThrow();
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^this\\s+coming$", "coming");
        LocalDate monday = Calendar.monday(published);
        LocalDate fixed = switch (which) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "coming" -> published.with(TemporalAdjusters.next(day));
            case "this" -> monday.plusDays(day.getValue() - 1L);
            case "next" -> monday.plusWeeks(1).plusDays(day.getValue() - 1L);
            default -> null;
        };
        if (fixed != null) {
            return Candidate.fixed(span, Days.of(fixed), true);
        }
        return Candidate.of(span, Days.of(published.with(TemporalAdjusters.previousOrSame(day))),
            Days.of(published.with(TemporalAdjusters.nextOrSame(day))));
    }
}

package io.factaudit.text.date;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the date expressions of a text and resolves each against the article's date, in the
 * direction the tense of its clause gives ({@link Tense}): "approved the budget on Friday" is the
 * last Friday, "will vote on Friday" and "is set to visit on Friday" the coming one. The forms:
 * {@link CalendarDates} (days, months, weeks and years of the calendar), {@link WeekdayDates}
 * and {@link RelativeDates}; numbers may be written in words ({@link SpelledNumbers}); two dates
 * joined make one span ({@link DateRanges}).
 *
 * <p>Not thread-safe: one resolver per article being read.
 */
public final class DateResolver {

    /** Words without which a text holds no date expression: one pass over its words, most sentences stop here. */
    private static final Set<String> DATE_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "week",
        "weekend", "weeks", "month", "months", "year", "years", "spring", "summer", "autumn", "fall", "winter", "ago",
        "day", "days", "night", "thousand", "nineteen", "twenty");

    private final LocalDate published;
    private final List<Forms> forms;
    /** Readers ask about the same sentence more than once; a resolver serves one article at a time. */
    private final Map<Span, List<DateMention>> memo = new HashMap<>();
    private String memoText;

    /** @param published the article's date, or null when it is undated */
    public DateResolver(LocalDate published) {
        this.published = published;
        this.forms = List.of(new CalendarDates(published), new CalendarSpans(published), new WeekdayDates(published),
            new RelativeDates(published));
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
        if (!mayHoldDate(part)) {
            return List.of();
        }
        SpelledNumbers digits = SpelledNumbers.of(part);
        List<Candidate> found = new ArrayList<>();
        for (Forms f : forms) {
            f.collect(digits.text(), found);
        }
        List<DateMention> out = new ArrayList<>();
        for (Candidate c : DateRanges.join(digits.text(), keepLongest(found))) {
            Span words = digits.original(c.span());
            Direction direction = c.directed() ? Tense.of(part, words) : Direction.PAST;
            Candidate.Days days = c.toward(direction);
            out.add(new DateMention(new Span(words.start() + range.start(), words.end() + range.start()),
                days == null ? null : days.from(), days == null ? null : days.to(), c.relative(), direction));
        }
        return out;
    }

    /** Whether a text has a digit, a month, a weekday or a word of relative time. */
    private static boolean mayHoldDate(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            if (CalendarWords.isMonth(word) || CalendarWords.isWeekday(word)
                || DATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Overlapping readings: the one that starts first, then the longest, wins. */
    private static List<Candidate> keepLongest(List<Candidate> found) {
        found.sort(Comparator.comparingInt((Candidate d) -> d.span().start()).thenComparingInt(d -> -d.span().length()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate d : found) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(d.span())) {
                kept.add(d);
            }
        }
        return kept;
    }
}

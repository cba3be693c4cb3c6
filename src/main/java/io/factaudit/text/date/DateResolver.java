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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the date expressions of a text and resolves each against the article's date, in the
 * direction the tense of its clause gives ({@link Tense}): "approved the budget on Friday" is the
 * last Friday, "will vote on Friday" and "is set to visit on Friday" the coming one. The forms:
 * {@link CalendarDates} (days, months, weeks and years of the calendar), {@link WeekdayDates}
 * and {@link RelativeDates}; numbers may be written in words ({@link SpelledNumbers}); two dates
 * joined make one span ({@link DateRanges}).
 *
 * <p>A resolver made with {@link #of} serves one text, its article's, for every reader and every
 * scenario: each part of it is read once, and it is thread-safe. One made with the constructor
 * is not: one resolver per text being read.
 */
public final class DateResolver {

    /** Words without which a text holds no date expression: one pass over its words, most sentences stop here. */
    private static final Set<String> DATE_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "week", "fortnight",
        "weekend", "weeks", "month", "months", "year", "years", "spring", "summer", "autumn", "fall", "winter", "ago",
        "day", "days", "night", "morning", "afternoon", "evening", "thousand", "nineteen", "twenty");

    private final LocalDate published;
    private final List<Forms> forms;
    /** Readers ask about the same sentence more than once; a resolver serves one article at a time. */
    private final Map<Span, List<DateMention>> memo;
    private final Map<Span, Boolean> opens;
    private String memoText;
    /** The one text a shared resolver reads, or null for a resolver of any text. */
    private final String only;

    /** @param published the article's date, or null when it is undated */
    public DateResolver(LocalDate published) {
        this(published, null);
    }

    private DateResolver(LocalDate published, String only) {
        this.published = published;
        this.only = only;
        this.memo = only == null ? new HashMap<>() : new ConcurrentHashMap<>();
        this.opens = only == null ? new HashMap<>() : new ConcurrentHashMap<>();
        this.memoText = only;
        this.forms = List.of(new CalendarDates(published), new CalendarSpans(published), new WeekdayDates(published),
            new RelativeDates(published));
    }

    /**
     * A thread-safe resolver of one text, read against a day: the readers of an article share one
     * ({@code Document.dates()}), so a paragraph's dates are read once however many readers and
     * scenarios ask. Another text given to it is read afresh each time.
     */
    public static DateResolver of(String text, LocalDate published) {
        return new DateResolver(published, text);
    }

    /** Every date expression in the whole text, in order. */
    public List<DateMention> find(String text) {
        return find(text, new Span(0, text.length()));
    }

    /** Every date expression in part of a text, located in the whole text, in order. */
    public List<DateMention> find(String text, Span range) {
        if (only != null) {
            return text == only ? memo.computeIfAbsent(range, r -> read(text, r)) : read(text, range);
        }
        if (text != memoText) {
            memo.clear();
            opens.clear();
            memoText = text;
        }
        return memo.computeIfAbsent(range, r -> read(text, r));
    }

    /**
     * The date expressions of a sentence, with the distances from another date among them read
     * from that date ({@link DateOffsets}): one before them in the sentence, else, for "two days
     * later" and its like, the last date of the sentences before it in the passage ({@code earlier},
     * in text order); one that opens its sentence before a main clause in the present ("Five days
     * after the dam failed, crews are still searching") counts from the article's date. A distance
     * with nothing to count from keeps the reading from the article's
     * date when it has one of its own ("a day earlier"); "a week after the vote" then dates nothing.
     */
    public List<DateMention> find(String text, Span sentence, List<Span> earlier) {
        List<DateMention> own = find(text, sentence);
        if (published == null) {
            return own;
        }
        List<DateOffsets.Offset> offsets = DateOffsets.find(text, sentence);
        if (offsets.isEmpty()) {
            return own;
        }
        List<DateMention> out = new ArrayList<>(own);
        out.removeIf(d -> offsets.stream().anyMatch(o -> d.span().overlaps(o.span()))); // read from the article's date
        for (DateOffsets.Offset offset : offsets) {
            DateMention anchor = lastBefore(out, offset.span().start(), offset.span());
            for (int i = earlier.size() - 1; anchor == null && !offset.leads() && i >= 0; i--) {
                anchor = lastBefore(find(text, earlier.get(i)), Integer.MAX_VALUE, offset.span());
            }
            if (anchor == null && offset.leads() && (PresentClause.afterOpening(text, sentence, offset.span())
                || PresentClause.before(text, sentence, offset.span()))) {
                // "Five days after the dam failed, crews are still searching": from the article's date
                anchor = new DateMention(offset.span(), published, published, true);
            }
            if (anchor != null) {
                out.add(offset.from(anchor));
            } else if (!offset.leads()) {
                own.stream().filter(d -> d.span().overlaps(offset.span())).forEach(out::add); // "a day earlier": the article's
            }
            out.sort(Comparator.comparingInt(d -> d.span().start()));
        }
        return out;
    }

    /** The last resolved date that ends before {@code end} and is not the offset's own words. */
    private static DateMention lastBefore(List<DateMention> dates, int end, Span offset) {
        DateMention last = null;
        for (DateMention d : dates) {
            if (d.resolved() && d.span().end() <= end && !d.span().overlaps(offset)) {
                last = d;
            }
        }
        return last;
    }

    /**
     * Whether a date expression may open part of a text (a line that is a timeline's "March 9 —"
     * or a live blog's stamp): false only when none can start at its first character, decided
     * without reading the whole part. Most lines open with no date, and their dates are not read.
     */
    public boolean mayOpen(String text, Span range) {
        if (only == null && text != memoText) {
            memo.clear();
            opens.clear();
            memoText = text;
        }
        if (only != null && text != only) {
            return opens(text, range);
        }
        return opens.computeIfAbsent(range, r -> opens(text, r));
    }

    private boolean opens(String text, Span range) {
        List<DateMention> known = only == null || text == only ? memo.get(range) : null;
        if (known != null) {
            return !known.isEmpty() && known.get(0).span().start() == range.start();
        }
        String part = text.substring(range.start(), range.end());
        if (!mayHoldDate(part)) {
            return false;
        }
        SpelledNumbers digits = SpelledNumbers.of(part);
        String view = digits.text();
        // every position of the digit view that stands for the part's first character: "twenty-one" is "21"
        for (int at = 0; at < view.length() && digits.original(new Span(at, at + 1)).start() == 0; at++) {
            for (Forms f : forms) {
                if (f.mayMatchAt(view, at)) {
                    return true;
                }
            }
        }
        return false;
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
            if (days == null && published != null) {
                continue; // a form with no reading in this tense: "built it in two days"
            }
            out.add(new DateMention(new Span(words.start() + range.start(), words.end() + range.start()),
                days == null ? null : days.from(), days == null ? null : days.to(), c.relative(), direction));
        }
        return List.copyOf(out); // shared by every reader that asks
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

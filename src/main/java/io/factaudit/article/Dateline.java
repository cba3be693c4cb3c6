package io.factaudit.article;

import io.factaudit.lexicon.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date written at the start of one of an article's first lines, the way newsrooms
 * write datelines: "Wednesday, October 23, 2024", "Oct. 23, 2024", "23 October 2024",
 * "2024-10-23", optionally after "Published", "Posted" or "Updated" (with a time), a byline
 * ("By Jane Doe | Oct. 23, 2024") or a city in capitals ("SEOUL, Oct. 23, 2024"). A date inside a
 * sentence ("On October 23, 2024, the agency said") is an event, not a dateline, and is ignored.
 * Where a line says "Updated" and another gives the date plainly, the plain one wins.
 */
public final class Dateline {

    /** Datelines stand among the first lines; blank lines do not count. */
    private static final int FIRST_LINES = 10;
    /** Only a line's start is examined, so a 10 MB line costs no more than a short one. */
    private static final int LINE_START = 300;

    /** Months and weekdays as {@link CalendarWords} names them; a weekday's abbreviation needs no period here. */
    private static final String WEEKDAY = "(?:" + CalendarWords.weekdayPattern(true) + ",?\\s+)?";
    private static final String MONTH = "(?<month>" + CalendarWords.monthPattern() + ")";
    private static final String DAY = "(?<day>\\d{1,2})(?i:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)(?!\\d)";
    private static final String TIME = "(?:\\d{1,2}[:.]\\d\\d\\s*(?i:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,5}\\s*)?,?\\s+)?";
    private static final String PREFIX = "\\s*(?:"
        + "(?i:first\\s+)?(?:(?<updated>(?i:(?:last\\s+)?updated|modified))|(?i:published|posted|filed|dated?))"
        + "(?i:\\s+on)?\\s*[:|—–-]?\\s*" + TIME
        + "|(?i:by)\\s[^|•·\\n]{1,80}?\\s*[|•·,—–-]\\s*"
        + "|[A-Z][A-Z.' -]{1,30}(?:,\\s*[A-Z][A-Za-z.' -]{1,30})?,\\s+"
        + ")?";
    private static final Pattern MONTH_FIRST = Pattern.compile(PREFIX + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern DAY_FIRST = Pattern.compile(PREFIX + WEEKDAY + DAY + "\\s+(?i:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern NUMERIC = Pattern.compile(PREFIX + YEAR + "(?<sep>[-/])(?<mm>\\d{1,2})\\k<sep>(?<dd>\\d{1,2})(?!\\d)");
    private static final List<Pattern> FORMS = List.of(MONTH_FIRST, DAY_FIRST, NUMERIC);

    private Dateline() {
    }

    /** The date of the article's dateline, if one of its first lines starts with a full date. */
    public static Optional<LocalDate> find(String text) {
        LocalDate updated = null;
        int seen = 0;
        int start = 0;
        while (start < text.length() && seen < FIRST_LINES) {
            int end = lineEnd(text, start);
            if (!isBlank(text, start, end)) {
                seen++;
                Dated dated = match(text, start, Math.min(end, start + LINE_START));
                if (dated != null && !dated.updated()) {
                    return Optional.of(dated.date());
                }
                if (dated != null && updated == null) {
                    updated = dated.date();
                }
            }
            start = end + 1;
        }
        return Optional.ofNullable(updated);
    }

    /** A whole value written as a date in any of the dateline forms ("Oct. 23, 2024"), if it is one. */
    static Optional<LocalDate> parse(String value) {
        Dated dated = match(value, 0, Math.min(value.length(), LINE_START));
        return dated == null ? Optional.empty() : Optional.of(dated.date());
    }

    private record Dated(LocalDate date, boolean updated) {
    }

    private static Dated match(CharSequence text, int from, int to) {
        if (!hasYear(text, from, to)) {
            return null; // most lines: no need to try the patterns
        }
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text).region(from, to);
            if (m.lookingAt()) {
                try {
                    return new Dated(date(m), m.group("updated") != null);
                } catch (DateTimeException e) {
                    // "February 30": not a date, so not a dateline
                }
            }
        }
        return null;
    }

    /** Whether a year (19xx or 20xx, not part of a longer number) is written in the range. */
    private static boolean hasYear(CharSequence text, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (i == from || !Character.isDigit(text.charAt(i - 1)))
                && (c == '1' ? text.charAt(i + 1) == '9' : text.charAt(i + 1) == '0')
                && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                && (i + 4 == to || !Character.isDigit(text.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        if (m.pattern() == NUMERIC) {
            return LocalDate.of(year, Integer.parseInt(m.group("mm")), Integer.parseInt(m.group("dd")));
        }
        return LocalDate.of(year, month(m.group("month")), Integer.parseInt(m.group("day")));
    }

    private static int month(String name) {
        return CalendarWords.month(name).orElseThrow().getValue();
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
            }
        }
        return text.length();
    }
}

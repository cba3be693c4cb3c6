package io.factaudit.text.date;

import static io.factaudit.text.date.CalendarDates.DAY;
import static io.factaudit.text.date.CalendarDates.WEEKDAY;
import static io.factaudit.text.date.CalendarDates.lower;
import static io.factaudit.text.date.CalendarDates.span;
import static io.factaudit.text.date.Forms.WORD_END;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.IrregularVerbs;
import io.factaudit.lexicon.WordForms;
import io.factaudit.text.date.Candidate.Days;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the month written as an ordinal without their month, for {@link CalendarDates}: "Friday
 * the 15th", "the 20th of next month", "the 4th" alone. They are apart because, with no month
 * named, the words around must show the ordinal is a day: the weekday, "of next month", or a
 * clause word or verb after "the 4th" ("the 4th round" is none).
 */
final class OrdinalDays {

    private static final String ORDINAL_DAY = "(\\d{1,2})(?:st|nd|rd|th)" + WORD_END;
    static final Pattern WEEKDAY_THE_DAY = Pattern.compile(WEEKDAY + ",?\\s+(?i:the)\\s+" + DAY);
    static final Pattern DAY_OF_RELATIVE_MONTH = Pattern.compile(
        "(?:(?i:the)\\s+)?" + ORDINAL_DAY + "\\s+(?i:of)\\s+(?i:(this|next|last|previous))\\s+(?i:month)" + WORD_END);
    static final Pattern THE_DAY = Pattern.compile(
        "(?<![\\p{L}])(?i:the)\\s+" + ORDINAL_DAY + "(?=\\s*$|\\s*[,.;:)]|\\s+(?i:of|and|to|through|until|in|at|that)\\s|\\s+\\p{Ll})");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");

    private final LocalDate published;

    OrdinalDays(LocalDate published) {
        this.published = published;
    }

    Candidate weekdayTheDay(String text, Matcher m) {
        DayOfWeek weekday = CalendarWords.weekday(m.group(1)).orElseThrow();
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31 || ordinalOfNoun(text, m.end())) {
            return null;
        }
        if (published == null) {
            return Candidate.unknown(span(m));
        }
        LocalDate d = Calendar.weekdayOfMonth(published, weekday, day);
        return d == null ? null : Candidate.fixed(span(m), Days.of(d), true);
    }

    /**
     * "the 4th" alone ends where a clause word or a verb follows it ("approved on the 4th, ...",
     * "the signing on the 4th surprised ..."); "the 4th round", "the 5th largest" are no dates.
     */
    private static boolean dayEnds(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        if (!next.lookingAt()) {
            return true;
        }
        String word = next.group(1);
        return Set.of("of", "and", "to", "through", "until", "in", "at", "that").contains(word)
            || ClosedClass.AUXILIARIES.contains(word) || ClosedClass.MODALS.contains(word)
            || IrregularVerbs.isPast(word) || WordForms.isInflectedVerb(word) && !WordForms.isNoun(word);
    }

    /** "Friday, the first time it ...": an ordinal a noun follows is that noun's, not a day of the month. */
    private static boolean ordinalOfNoun(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLowerCase(text.charAt(to))) {
            to++;
        }
        String word = text.substring(from, to);
        return to > from && WordForms.isNoun(word) && !WordForms.isInflectedVerb(word); // "the 13th falls on" is a date
    }

    Candidate dayOfRelativeMonth(Matcher m) {
        if (published == null) {
            return Candidate.unknown(span(m));
        }
        String which = lower(m.group(2));
        YearMonth ym = YearMonth.from(published).plusMonths(which.equals("next") ? 1 : which.equals("this") ? 0 : -1);
        LocalDate d = Calendar.date(ym.getYear(), ym.getMonthValue(), Integer.parseInt(m.group(1)));
        return d == null ? null : Candidate.fixed(span(m), Days.of(d), true);
    }

    Candidate theDay(String text, Matcher m) {
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 31 || !dayEnds(text, m.end())) {
            return null;
        }
        if (published == null) {
            return Candidate.unknown(span(m));
        }
        return Candidate.of(span(m), Days.of(Calendar.dayOfMonth(published, day, Direction.PAST)),
            Days.of(Calendar.dayOfMonth(published, day, Direction.FUTURE)));
    }

}

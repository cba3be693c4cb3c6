package io.factaudit.draft;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The day a figure was given. Articles usually report a figure a day or more after a source gives
 * it, and a sheet dates the giving, so the day the text names comes first:
 * <ol>
 * <li>a day the figure's sentence names ("the agency said on Friday", "rose to 42,310 on Tuesday"),
 *     the one nearest the figure when it names several ("rose to 42,310 on Tuesday ... up from 41,156
 *     a day earlier"); a day written right after an earlier figure of the sentence is that figure's
 *     ("now counts 3,100, up from 2,900 on Monday": Monday dates 2,900, not 3,100), and so is a day
 *     right after a number the reader left aside, wherever it stands; the day a counted period starts
 *     ("40 detained since Saturday") dates nothing;</li>
 * <li>else, for a current figure, the day of the nearest sentence before it that names one day, in its own block of lines
 *     or the block before it (blocks are split by blank lines, so a paragraph, or a table, is one):
 *     the figures of one report told over several sentences ("... said on Thursday. As many as 8,000
 *     of them ..., he said."), a breakdown in the next paragraph ("The agency's toll reached 40 on
 *     Friday. // Twelve of them died in Harlow, the agency said.") and the rows of a table under its
 *     lead-in ("The figures as of Tuesday: // Town | Deaths // Harlow | 12");</li>
 * <li>else the article's own date ({@link Dated#named()} false).</li>
 * </ol>
 * A sentence that names several days stops the search. A named day further back than
 * {@link #MAX_DAYS_BEFORE} is the date of something else (an arrival, a treaty), unless the article
 * gives the figure as an earlier one: "the toll, given on February 6, was 912" dates that figure
 * however long ago it was.
 */
final class FigureDate {

    /** A day further back than this is the date of something else (an arrival, a treaty), not of the figure. */
    private static final int MAX_DAYS_BEFORE = 10;

    private FigureDate() {
    }

    /** A figure's day, and whether the text names it (false: the article's own date). */
    record Dated(LocalDate day, boolean named) {
    }

    /**
     * What else the article says around a figure.
     *
     * @param figures        the spans of the article's figures of the same count (subject)
     * @param earlierFigures those of them marked as earlier ones ("up from 2,900"): a day written right
     *                       after one of them is its own
     * @param ownSource      whether a sentence names the figure's source as the sheet writes it
     * @param otherSource    whether a sentence names another source of the sheet
     * @param counted        whether a word is one of the counted subject's own words ("detained")
     */
    record Around(List<Span> figures, List<Span> earlierFigures, Predicate<String> ownSource, Predicate<String> otherSource,
                  Predicate<String> counted) {
    }

    static Dated of(Sighting s, boolean earlier, Around around) {
        LocalDate published = s.published();
        Document document = s.document();
        if (published == null || document == null) {
            return new Dated(null, false);
        }
        Span figure = s.claim().span();
        Span sentence = document.sentenceOf(figure.start());
        List<DateMention> own = days(document, published, sentence, earlier, around.counted()).stream()
            .filter(m -> earlier || around.earlierFigures().stream().noneMatch(e -> follows(document.text(), figure, e, m)))
            .filter(m -> earlier || !anotherNumbersDay(document.text(), sentence, figure, around, m))
            .toList();
        LocalDate day = nearest(own, figure.start());
        if (day == null && !earlier && !namesRecentPeriod(document, published, sentence)) {
            day = before(document, published, figure, around);
        }
        return day == null ? new Dated(published, false) : new Dated(day, true);
    }

    /** The named day nearest the figure in its sentence. */
    private static LocalDate nearest(List<DateMention> mentions, int at) {
        LocalDate day = null;
        int distance = Integer.MAX_VALUE;
        for (DateMention m : mentions) {
            int d = m.span().end() <= at ? at - m.span().end() : Math.max(0, m.span().start() - at);
            if (d < distance) {
                distance = d;
                day = m.from();
            }
        }
        return day;
    }

    /** The day is written right after an earlier figure that comes after this one ("3,100, up from 2,900 on Monday"). */
    private static boolean follows(String text, Span figure, Span earlierFigure, DateMention day) {
        return earlierFigure.start() > figure.end() && earlierFigure.end() <= day.span().start()
            && JUST_AFTER.matcher(text.substring(earlierFigure.end(), day.span().start())).matches();
    }

    /**
     * The day is written right after a number of the sentence that is not a current figure of the
     * same count: an earlier figure, or a number the reader left aside ("712, up from 486 on Tuesday,
     * as of Wednesday": Tuesday is 486's). A day right after a current figure of the same report
     * ("603 on Friday, 390 of them in Harlow") stays the report's.
     */
    private static boolean anotherNumbersDay(String text, Span sentence, Span figure, Around around, DateMention day) {
        java.util.regex.Matcher m = NUMBER_BEFORE_DAY.matcher(text.substring(sentence.start(), day.span().start()));
        if (!m.find()) {
            return false;
        }
        int number = sentence.start() + m.start(1);
        if (number >= figure.start() && number < figure.end()) {
            return false;
        }
        boolean current = around.figures().stream().anyMatch(f -> number >= f.start() && number < f.end())
            && around.earlierFigures().stream().noneMatch(f -> number >= f.start() && number < f.end());
        return !current;
    }

    /** A number in digits, then nothing but a preposition of time, at the end of the text before a day. */
    private static final java.util.regex.Pattern NUMBER_BEFORE_DAY =
        java.util.regex.Pattern.compile("(\\d[\\d,.]*)[\\s,]*(?:(?:on|at|in|as of|by)\\s+)?$");

    /**
     * The day starts the period counted: "since" after a word of the counted subject ("40 people
     * detained since Saturday", "arrests since Monday"); the figure runs from that day and was given
     * later. A report's "since" keeps its day ("has given 90 as its count since Sunday", "unchanged
     * since Friday, when it said 90").
     */
    private static boolean startsPeriod(String text, DateMention day, Predicate<String> counted) {
        java.util.regex.Matcher m = SINCE.matcher(text.substring(Math.max(0, day.span().start() - 60), day.span().start()));
        return m.find() && counted.test(m.group(1));
    }

    private static final java.util.regex.Pattern SINCE =
        java.util.regex.Pattern.compile("(?i)(\\p{L}+)\\s+since\\s+(?:the\\s+)?$");

    /** Between an earlier figure and its day: nothing but a preposition of time ("on", "as of"). */
    private static final java.util.regex.Pattern JUST_AFTER =
        java.util.regex.Pattern.compile("[\\s,]*(?:(?:on|at|in|as of|by)\\s+)?");

    /**
     * The one day named by the nearest sentence before the figure that names any, within the
     * figure's block of lines or the block before it. None when that sentence names several days, or
     * names another source and not the figure's ("Kyiv said on Thursday ... // The Pentagon said 900
     * more had arrived"). In the block before, the sentence must tell a report: name the figure's
     * source, hold a figure of the same count, or lead in to the table the figure is a row of (pipes
     * split its cells); "two died when the storm hit on Sunday. // 900 people have been evacuated,
     * the agency said" dates the storm, not the evacuees. A figure the article marks as an earlier one is not dated so: the day before
     * is the current figure's.
     */
    private static LocalDate before(Document document, LocalDate published, Span figure, Around around) {
        List<Span> sentences = document.sentences();
        String text = document.text();
        int blocks = 0;
        for (int i = document.sentenceIndex(figure.start()) - 1; i >= 0; i--) {
            Span previous = sentences.get(i);
            if (BLANK_LINE.matcher(text.substring(previous.end(), sentences.get(i + 1).start())).find() && ++blocks > 1) {
                return null;
            }
            List<LocalDate> named = days(document, published, previous, false, around.counted()).stream()
                .filter(m -> !anotherNumbersDay(text, previous, figure, around, m))
                .map(DateMention::from).distinct().toList();
            if (named.isEmpty()) {
                continue;
            }
            String words = document.textOf(previous);
            boolean own = around.ownSource().test(words);
            boolean report = blocks == 0 || own || tableRow(text, figure)
                || around.figures().stream().anyMatch(f -> f.start() >= previous.start() && f.start() < previous.end());
            return named.size() == 1 && report && (own || !around.otherSource().test(words)) ? named.get(0) : null;
        }
        return null;
    }

    /** The figure is on a line of cells split by pipes ("Harlow | 12 | Civil Defense"). */
    private static boolean tableRow(String text, Span figure) {
        int start = text.lastIndexOf('\n', figure.start()) + 1;
        int end = text.indexOf('\n', figure.start());
        return text.substring(start, end < 0 ? text.length() : end).contains("|");
    }

    /**
     * The sentence names a period the article is written in ("this month", "this week"): the figure
     * is of that period, and a day named before it is not its own.
     */
    private static boolean namesRecentPeriod(Document document, LocalDate published, Span sentence) {
        return new DateResolver(published).find(document.text(), sentence).stream()
            .anyMatch(m -> m.resolved() && !m.from().equals(m.to()) && !published.isBefore(m.from()) && !published.isAfter(m.to()));
    }

    /** A blank line between two sentences: they are in different blocks of lines. */
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    /** The single days a sentence names that can date a figure of an article of {@code published}. */
    private static List<DateMention> days(Document document, LocalDate published, Span sentence, boolean earlier,
                                          Predicate<String> counted) {
        return new DateResolver(published).find(document.text(), sentence).stream()
            .filter(m -> m.resolved() && m.from().equals(m.to()) && !m.from().isAfter(published)
                && !startsPeriod(document.text(), m, counted)
                && (earlier || !m.from().isBefore(published.minusDays(MAX_DAYS_BEFORE))))
            .toList();
    }
}

package io.factaudit.draft;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.List;

/**
 * The day a figure was given. Articles usually report a figure a day or more after a source gives
 * it, and a sheet dates the giving, so the day the text names comes first:
 * <ol>
 * <li>a day the figure's sentence names ("the agency said on Friday", "rose to 42,310 on Tuesday"),
 *     the one nearest the figure when it names several ("rose to 42,310 on Tuesday ... up from 41,156
 *     a day earlier");</li>
 * <li>else, in the same paragraph, a day the sentence just before names, when it names one only: a
 *     figure reported over two sentences ("... said on Thursday. As many as 8,000 of them ..., he said.");</li>
 * <li>else the article's own date ({@link Dated#named()} false).</li>
 * </ol>
 * A named day further back than {@link #MAX_DAYS_BEFORE} is the date of something else (an arrival,
 * a treaty), unless the article gives the figure as an earlier one: "the toll, given on February 6,
 * was 912" dates that figure however long ago it was.
 */
final class FigureDate {

    /** A day further back than this is the date of something else (an arrival, a treaty), not of the figure. */
    private static final int MAX_DAYS_BEFORE = 10;

    private FigureDate() {
    }

    /** A figure's day, and whether the text names it (false: the article's own date). */
    record Dated(LocalDate day, boolean named) {
    }

    static Dated of(Sighting s, boolean earlier) {
        LocalDate published = s.published();
        Document document = s.document();
        if (published == null || document == null) {
            return new Dated(null, false);
        }
        int at = s.claim().span().start();
        Span sentence = document.sentenceOf(at);
        LocalDate day = nearest(document, published, sentence, at, earlier);
        if (day == null) {
            day = before(document, published, sentence, earlier);
        }
        return day == null ? new Dated(published, false) : new Dated(day, true);
    }

    /** The named day nearest the figure in its sentence. */
    private static LocalDate nearest(Document document, LocalDate published, Span sentence, int at, boolean earlier) {
        LocalDate day = null;
        int distance = Integer.MAX_VALUE;
        for (DateMention m : days(document, published, sentence, earlier)) {
            int d = m.span().end() <= at ? at - m.span().end() : Math.max(0, m.span().start() - at);
            if (d < distance) {
                distance = d;
                day = m.from();
            }
        }
        return day;
    }

    /** The one day the sentence before names, when it is in the same paragraph. */
    private static LocalDate before(Document document, LocalDate published, Span sentence, boolean earlier) {
        int i = document.sentenceIndex(sentence.start());
        if (i <= 0) {
            return null;
        }
        Span previous = document.sentences().get(i - 1);
        if (!document.paragraphOf(previous.start()).equals(document.paragraphOf(sentence.start()))) {
            return null;
        }
        List<LocalDate> named = days(document, published, previous, earlier).stream().map(DateMention::from).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The single days a sentence names that can date a figure of an article of {@code published}. */
    private static List<DateMention> days(Document document, LocalDate published, Span sentence, boolean earlier) {
        return new DateResolver(published).find(document.text(), sentence).stream()
            .filter(m -> m.resolved() && m.from().equals(m.to()) && !m.from().isAfter(published)
                && (earlier || !m.from().isBefore(published.minusDays(MAX_DAYS_BEFORE))))
            .toList();
    }
}

package io.factaudit.draft;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;

/**
 * The day a figure was given: the one day its sentence names ("the agency said on Friday",
 * "on October 18") when that day is shortly before the article, else the article's own date.
 * Articles usually report a figure a day or two after a source gives it; a sheet dates the giving.
 */
final class FigureDate {

    /** A day further back than this is the date of something else (an arrival, a treaty), not of the figure. */
    private static final int MAX_DAYS_BEFORE = 10;

    private FigureDate() {
    }

    static LocalDate of(Sighting s) {
        LocalDate published = s.published();
        if (published == null || s.document() == null) {
            return null;
        }
        Span sentence = s.document().sentenceOf(s.claim().span().start());
        LocalDate day = null;
        for (DateMention m : new DateResolver(published).find(s.document().text(), sentence)) {
            if (!m.resolved() || !m.from().equals(m.to()) || m.from().isAfter(published)
                || m.from().isBefore(published.minusDays(MAX_DAYS_BEFORE))) {
                continue;
            }
            if (day != null && !day.equals(m.from())) {
                return published; // two days named: which one dates the figure is not clear
            }
            day = m.from();
        }
        return day == null ? published : day;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line of a timeline in the text: a date, then a dash or a colon, then what happened that day
 * ("Nov. 9 — The governor declares a state of calamity.", "Feb. 2: The levee fails. Roads
 * close."). The date heads every sentence of the line (FACT-SHEETS.md 1.1: timelines are text
 * like any other). A dateline is not an entry: a line headed by the article's own date is one
 * only beside another entry.
 */
final class TimelineEntry {

    /** A list's bullet before the date, then, after it, the dash or colon that ends the head. */
    private static final Pattern BULLET = Pattern.compile("[\\s*•·\\-–—]*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[—–:]\\s|\\s+-\\s");

    private TimelineEntry() {
    }

    /** The date that heads the line holding {@code sentence}, or null when that line is no timeline entry. */
    static DateMention headOf(Document document, Span sentence, DateResolver resolver) {
        List<Span> paragraphs = document.paragraphs();
        int p = document.paragraphIndex(sentence.start());
        if (p < 0) {
            return null;
        }
        DateMention head = head(document, paragraphs.get(p), resolver);
        if (head == null || !head.resolved()) {
            return null;
        }
        boolean ownDay = head.from().equals(head.to()) && head.from().equals(document.article().published());
        if (ownDay && !(p > 0 && head(document, paragraphs.get(p - 1), resolver) != null
            || p + 1 < paragraphs.size() && head(document, paragraphs.get(p + 1), resolver) != null)) {
            return null;
        }
        return head;
    }

    /** The date that opens a paragraph and is followed by a dash or a colon, or null. */
    private static DateMention head(Document document, Span paragraph, DateResolver resolver) {
        String text = document.text();
        Span first = document.sentenceOf(paragraph.start());
        List<DateMention> dates = resolver.find(text, first);
        if (dates.isEmpty()) {
            return null;
        }
        DateMention date = dates.get(0);
        String lead = text.substring(paragraph.start(), date.span().start());
        if (!BULLET.matcher(lead).matches()) {
            return null;
        }
        String after = text.substring(date.span().end(), Math.min(paragraph.end(), date.span().end() + 4));
        return SEPARATOR.matcher(after).lookingAt() ? date : null;
    }
}

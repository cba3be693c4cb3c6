package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.DateResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The day a live blog's entry was written: a line that is nothing but a date, perhaps with a time
 * ("Monday, March 9", "March 9, 4:55 p.m."), heads the entries below it until the next such line;
 * a line of a time alone ("4:55 p.m.") keeps the day above it. "Today", "on Monday" and "last
 * week" in an entry count from that day, not from the day the blog was last published.
 */
final class LiveBlogDay {

    /** What may stand beside the date on a stamp's line: a time of day, a zone, punctuation. */
    private static final Pattern REST_OF_STAMP = Pattern.compile(
        "(?i)[\\s,.:;|—–\\-]*(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?[\\s,.:;|—–\\-]*)?");

    private LiveBlogDay() {
    }

    /** The day of the entry holding {@code sentence}, or null when it is under no dated stamp. */
    static LocalDate of(Document document, Span sentence, DateResolver resolver) {
        List<Span> paragraphs = document.paragraphs();
        String text = document.text();
        for (int p = document.paragraphIndex(sentence.start()) - 1; p >= 0; p--) {
            Span paragraph = paragraphs.get(p);
            if (!resolver.mayOpen(text, paragraph)) {
                continue; // no date opens it: no stamp, whatever dates it holds
            }
            List<DateMention> dates = resolver.find(text, paragraph);
            if (dates.isEmpty()) {
                continue; // an entry's text, or "4:55 p.m.": a stamp of the same day
            }
            if (dates.size() == 1 && isStamp(text, paragraph, dates.get(0))) {
                DateMention d = dates.get(0);
                return d.resolved() && d.from().equals(d.to()) ? d.from() : null;
            }
        }
        return null;
    }

    private static boolean isStamp(String text, Span paragraph, DateMention date) {
        String before = text.substring(paragraph.start(), date.span().start());
        String after = text.substring(date.span().end(), paragraph.end());
        return before.isBlank() && REST_OF_STAMP.matcher(after).matches();
    }
}

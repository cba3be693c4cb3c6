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
        int p = document.paragraphIndex(sentence.start());
        return p <= 0 ? null : document.shared(new Days(resolver), d -> days(d, resolver)).under[p];
    }

    /** Each paragraph's day: that of the last stamp above it (null under none, or under an undated one). */
    private record Days(DateResolver resolver) {
    }

    private record Under(LocalDate[] under) {
    }

    /** One forward pass over the paragraphs: each stamp heads the paragraphs below it until the next. */
    private static Under days(Document document, DateResolver resolver) {
        List<Span> paragraphs = document.paragraphs();
        String text = document.text();
        LocalDate[] under = new LocalDate[paragraphs.size()];
        LocalDate day = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            under[p] = day;
            Span paragraph = paragraphs.get(p);
            if (!resolver.mayOpen(text, paragraph)) {
                continue; // no date opens it: no stamp, whatever dates it holds
            }
            List<DateMention> dates = resolver.find(text, paragraph);
            // "4:55 p.m." alone holds no date: a stamp of the same day, the day above stays
            if (dates.size() == 1 && isStamp(text, paragraph, dates.get(0))) {
                DateMention d = dates.get(0);
                day = d.resolved() && d.from().equals(d.to()) ? d.from() : null;
            }
        }
        return new Under(under);
    }

    private static boolean isStamp(String text, Span paragraph, DateMention date) {
        String before = text.substring(paragraph.start(), date.span().start());
        String after = text.substring(date.span().end(), paragraph.end());
        return before.isBlank() && REST_OF_STAMP.matcher(after).matches();
    }
}

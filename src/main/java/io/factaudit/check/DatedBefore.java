package io.factaudit.check;

import io.factaudit.article.Span;
import io.factaudit.claim.CountClaim;
import io.factaudit.language.Document;
import io.factaudit.text.date.DateMention;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A figure that the article dates before its own day is marked as an earlier one (FACT-SHEETS.md:
 * "a past date"), and is not outdated when a later row revised it: "her figure of 40, given last
 * week, ...", "the count stood at 183 on Monday" in an article of Thursday. The date must be in the
 * figure's own clause (between the punctuation around it), and must not open a period ("since
 * Monday", "from Monday": the count runs from that day to the article's).
 */
final class DatedBefore {

    /** Marks that close a clause around a figure. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u2014\u2013()]");
    /** A word before a date that makes it the start of a period. */
    private static final Pattern PERIOD_START = Pattern.compile("(?i)\\b(since|from)\\s+(the\\s+)?$");

    private DatedBefore() {
    }

    static boolean marks(Document document, CountClaim claim) {
        LocalDate published = document.article().published();
        if (claim.earlier() || published == null) {
            return claim.earlier();
        }
        if (claim.asOf() != null) {
            return claim.asOf().isBefore(published);
        }
        String text = document.text();
        Span sentence = document.sentenceOf(claim.span().start());
        int from = claim.span().start();
        while (from > sentence.start() && !CLAUSE_END.matcher(text.substring(from - 1, from)).matches()) {
            from--;
        }
        int to = claim.span().end();
        while (to < sentence.end() && !CLAUSE_END.matcher(text.substring(to, to + 1)).matches()) {
            to++;
        }
        for (DateMention m : document.dates().find(text, sentence)) {
            boolean inClause = m.span().start() >= from && m.span().end() <= to;
            if (inClause && m.resolved() && m.to().isBefore(published)
                && !PERIOD_START.matcher(text.substring(from, m.span().start())).find()) {
                return true;
            }
        }
        return false;
    }
}

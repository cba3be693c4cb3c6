package io.factaudit.claim;

import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.Locatives;
import io.factaudit.article.Span;
import java.util.Locale;

/**
 * A place in a dateline, which says where the story was filed and locates no count (FACT-SHEETS.md
 * 1.1): the words that open a paragraph and are closed by a dash, all capitalised and none a
 * preposition ("LAKEVILLE, Ostland (Wire) —"), not "In Ostland — the worst hit —".
 */
final class DatelinePlace {

    private static final int REACH = 80;

    private DatelinePlace() {
    }

    static boolean is(Document document, Mention m) {
        Span paragraph = document.paragraphOf(m.span().start());
        String text = document.text();
        int limit = Math.min(paragraph.end(), paragraph.start() + REACH);
        int dash = -1;
        for (int i = m.span().end(); i < limit && dash < 0; i++) {
            char c = text.charAt(i);
            if (c == '\u2014' || c == '\u2013' || c == '-' && i + 1 < limit && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == ' ')
                && i > 0 && text.charAt(i - 1) == ' ') {
                dash = i;
            }
        }
        if (dash < 0) {
            return false;
        }
        String opening = text.substring(paragraph.start(), dash).replaceAll("\\([^)]*\\)", " ");
        for (String word : opening.split("[\\s,.]+")) {
            if (!word.isEmpty() && (!Character.isUpperCase(word.charAt(0))
                || Locatives.PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}

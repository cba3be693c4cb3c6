package io.factaudit.evaluation;

import io.factaudit.article.Span;
import io.factaudit.claim.CountDecision;
import io.factaudit.language.Document;
import io.factaudit.language.Quotation;
import io.factaudit.language.Quotations;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.util.List;
import java.util.function.Function;

/**
 * Why a gold count the count reader left without a decision was not read, told without its words:
 * no number in its words as the number reader reads them; its number inside a quotation; in the
 * headline, on a list or table line, on a line with no closing punctuation (a caption, a timeline
 * entry); in a sentence the count reader passed over (no subject of the sheet named in it); else in a
 * sentence decided, its number decided otherwise (read for another gold count).
 */
final class NotRead {

    static final String NO_NUMBER = "no number in its words";
    static final String QUOTED = "inside a quote";
    static final String HEADLINE = "in the headline";
    static final String BULLETED = "on a bulleted or numbered line";
    static final String BRACKETED = "on a line opened by a bracket (caption, label)";
    static final String TABLE = "on a table row";
    static final String UNPUNCTUATED = "on a line with no closing punctuation (caption, timeline, subheading)";
    static final String PASSED_OVER = "in a sentence naming no subject of the sheet";
    static final String OTHER = "its number decided otherwise";

    /** The bullets and marks that open a list item. */
    private static final String BULLETS = "-*\u2022#>";
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\d{1,2}[.)]\\s");

    private NotRead() {
    }

    /** The reason for each gold span, given every decision the count reader took in the article. */
    static Function<Span, String> of(Document document, List<CountDecision> decided) {
        List<Quotation> quotes = Quotations.in(document.text(), document.paragraphs());
        return gold -> why(document, quotes, decided, gold);
    }

    static String why(Document document, List<Quotation> quotes, List<CountDecision> decided, Span gold) {
        String text = document.text();
        List<Quantity> numbers = new NumberReader().read(text.substring(gold.start(), gold.end()), gold.start(), 0.1);
        if (numbers.isEmpty()) {
            return NO_NUMBER;
        }
        Span number = numbers.get(0).span();
        if (quotes.stream().anyMatch(q -> q.pieces().stream().anyMatch(p -> p.contains(number)))) {
            return QUOTED;
        }
        String line = line(text, number.start());
        if (line != null) {
            return line;
        }
        Span sentence = document.sentenceOf(number.start());
        return sentence != null && decided.stream().anyMatch(d -> sentence.contains(d.number())) ? OTHER : PASSED_OVER;
    }

    /**
     * What the line holding an offset is when it is not running prose: the article's first line (its
     * headline), a table row, a line opened by a bracket, a bulleted or numbered line, a line with no closing
     * punctuation (a caption, a timeline entry, a subheading); null for prose.
     */
    static String line(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        if (line.isEmpty()) {
            return null;
        }
        if (text.substring(0, start).isBlank()) {
            return HEADLINE;
        }
        if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            return TABLE;
        }
        if (line.charAt(0) == '[' || line.charAt(0) == '(') {
            return BRACKETED;
        }
        if (BULLETS.indexOf(line.charAt(0)) >= 0 || NUMBERED.matcher(line).find()) {
            return BULLETED;
        }
        return ".!?\"\u201d\u2019')".indexOf(line.charAt(line.length() - 1)) < 0 ? UNPUNCTUATED : null;
    }
}

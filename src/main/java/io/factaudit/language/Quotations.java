package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted speech in a text: pieces in straight, curly or angle double quotes (single quotes,
 * told from apostrophes by where they stand, where a paragraph has no double ones), joined into one quotation where a short
 * attribution splits them ("…,” he warned. “…”). A quote left open runs to the end of its paragraph.
 */
public final class Quotations {

    /** A word, then a stop followed by more text. */
    private static final Pattern SENTENCE_END = Pattern.compile("(\\p{L}+)[.!?]\\s+\\S");
    /** Abbreviations other than titles' ({@link TitleAbbreviations}) after which a period ends no sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("st", "jr", "sr");

    /** At most this many words between two pieces of one quotation. */
    private static final int MAX_ATTRIBUTION_WORDS = 12;

    private Quotations() {
    }

    public static List<Quotation> in(String text, List<Span> paragraphs) {
        List<Quotation> quotations = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            List<Span> marked = pieces(text, paragraph);
            int i = 0;
            while (i < marked.size()) {
                List<Span> group = new ArrayList<>();
                group.add(marked.get(i));
                while (i + 1 < marked.size() && splitsOneQuote(text, marked.get(i), marked.get(i + 1))) {
                    group.add(marked.get(++i));
                }
                i++;
                List<Span> inner = group.stream().map(m -> inner(text, m)).toList();
                if (inner.stream().anyMatch(s -> s.length() > 0)) {
                    quotations.add(new Quotation(inner, group));
                }
            }
        }
        return quotations;
    }

    /** Marked pieces in a paragraph, each from its opening mark to its closing mark (inclusive). */
    static List<Span> pieces(String text, Span paragraph) {
        boolean doubles = false;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (isDoubleMark(text.charAt(i))) {
                doubles = true;
                break;
            }
        }
        List<Span> pieces = new ArrayList<>();
        int open = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (doubles) {
                if (open < 0 && opensDouble(text, i, paragraph)) {
                    open = i;
                } else if (open >= 0 && closesDouble(c)) {
                    pieces.add(new Span(open, i + 1));
                    open = -1;
                }
            } else if (open < 0 && (c == '\u2018' || c == '\'') && isWordStart(text, i, paragraph)) {
                open = i;
            } else if (open >= 0 && (c == '\u2019' || c == '\'') && closesSingle(text, i, paragraph)) {
                pieces.add(new Span(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0 && paragraph.end() - open > 1) {
            pieces.add(new Span(open, paragraph.end()));
        }
        return pieces;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb' || c == '\u201e';
    }

    private static boolean opensDouble(String text, int i, Span paragraph) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e') {
            return true;
        }
        // a closing curly mark used as an opening one, as some outlets do
        return c == '\u201d' && isWordStart(text, i, paragraph);
    }

    private static boolean closesDouble(char c) {
        return c == '"' || c == '\u201d' || c == '\u00bb' || c == '\u201c';
    }

    private static boolean isWordStart(String text, int i, Span paragraph) {
        boolean before = i == paragraph.start() || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < paragraph.end() && Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    /** A single closing mark, not an apostrophe: after sentence punctuation, or before a pause. */
    private static boolean closesSingle(String text, int i, Span paragraph) {
        char before = text.charAt(i - 1);
        if (before == ',' || before == '.' || before == '!' || before == '?') {
            return true;
        }
        if (i + 1 >= paragraph.end()) {
            return Character.isLetter(before);
        }
        char after = text.charAt(i + 1);
        return Character.isLetter(before) && before != 's' && ",.;:!?)".indexOf(after) >= 0;
    }

    /** The words of a marked piece without its marks and surrounding spaces. */
    private static Span inner(String text, Span marked) {
        int start = marked.start() + 1;
        int end = marked.end();
        if (end > start && isClosing(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isClosing(char c) {
        return closesDouble(c) || c == '\u2019' || c == '\'';
    }

    /**
     * Two pieces are one quotation when the first breaks off mid-speech (a comma, question or
     * exclamation mark, dash or no stop at all) and only a short attribution stands between them.
     */
    private static boolean splitsOneQuote(String text, Span first, Span second) {
        Span inner = inner(text, first);
        if (inner.length() == 0) {
            return false;
        }
        char last = text.charAt(inner.end() - 1);
        if (last == '.' && !text.startsWith("...", inner.end() - 3)) {
            return false;
        }
        String gap = text.substring(first.end(), second.start());
        long words = gap.codePoints().filter(Character::isWhitespace).count();
        return words <= MAX_ATTRIBUTION_WORDS + 1 && !SpeechVerbs.findNextToQuote(gap).isEmpty() && !sentenceEndsInside(gap);
    }

    /** "…,” Rutte said. Then Austin spoke. “…”: a sentence other than the attribution stands between. */
    private static boolean sentenceEndsInside(String gap) {
        Matcher end = SENTENCE_END.matcher(gap.strip());
        while (end.find()) {
            String before = end.group(1);
            if (before.length() > 1 && !ABBREVIATIONS.contains(before.toLowerCase(java.util.Locale.ROOT))
                && !TitleAbbreviations.contains(before)) {
                return true;
            }
        }
        return false;
    }
}

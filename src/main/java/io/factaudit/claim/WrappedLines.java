package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.lexicon.ClosedClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain-text article's lines read as the paragraphs they wrap: each line is a paragraph of the
 * {@link Document}, but a line that stops inside its sentence goes on in the next ("Ilse Marrow,
 * Brontec's" / "chief executive, said ..."). The text keeps its offsets, with each line break that
 * wraps a sentence turned into a space, so names and titles read across it as across any space.
 *
 * <p>A line wraps into the next when it does not end a sentence (no final stop, colon or closing
 * quote), neither is a table row or a list item, and the break falls where no sentence can end:
 * the next line starts in lower case, or the line ends with a comma, a possessive, a determiner or
 * a preposition ("the" / "chief executive of Brontec"). A headline over its deck stays two lines:
 * both start with a capital and the headline ends with a word of content. A byline ("By Ilse Marrow")
 * over a short line ("Treasurer, Brontec Mills") is a name and its title in apposition.
 *
 * @param text       the article's text with wrapping line breaks turned into spaces
 * @param paragraphs the paragraphs, each one or more wrapped lines
 */
record WrappedLines(String text, List<Span> paragraphs) {

    /** "By" and a name of two to four capitalised words, alone on its line. */
    private static final Pattern BYLINE = Pattern.compile("By(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){2,4}");
    /** A line of up to eight words, starting with a capital, with no final stop. */
    private static final Pattern SHORT_LINE = Pattern.compile("\\p{Lu}[^.!?:\\s]*(?:[ ,]+[^.!?:\\s]+){0,7}");

    static WrappedLines of(Document document) {
        String original = document.text();
        List<Span> lines = document.paragraphs();
        char[] text = null;
        List<Span> paragraphs = new ArrayList<>(lines.size());
        Span current = null;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            boolean byline = current != null && titlesByline(original, lines.get(i - 1), line);
            if (current != null && (byline || wraps(original, lines.get(i - 1), line))) {
                text = text == null ? original.toCharArray() : text;
                for (int k = current.end(); k < line.start(); k++) {
                    text[k] = ' ';
                }
                if (byline) {
                    text[current.end()] = ','; // "By Ilse Marrow" / "Treasurer, Brontec": the title in apposition
                }
                current = current.union(line);
                continue;
            }
            if (current != null) {
                paragraphs.add(current);
            }
            current = line;
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return text == null ? new WrappedLines(original, lines) : new WrappedLines(new String(text), List.copyOf(paragraphs));
    }

    /** Whether a line goes on in the next, with one line break and no blank line between them. */
    static boolean wraps(String text, Span line, Span next) {
        if (newlines(text, line.end(), next.start()) != 1 || isRowOrItem(text, line) || isRowOrItem(text, next)) {
            return false;
        }
        char last = text.charAt(line.end() - 1);
        if (".!?:;\"\u201d)]".indexOf(last) >= 0) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(next.start())) || last == ',') {
            return true;
        }
        int from = line.end();
        while (from > line.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, line.end()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return word.length() > 2 && word.endsWith("'s") || ClosedClass.DETERMINERS.contains(word)
            || ClosedClass.PREPOSITIONS.contains(word);
    }

    /**
     * A byline ("By Ilse Marrow") over a short line with no final stop ("Treasurer, Brontec Mills"):
     * the line under it gives the author's title, read as an apposition to the name.
     */
    static boolean titlesByline(String text, Span line, Span next) {
        String by = text.substring(line.start(), line.end());
        String under = text.substring(next.start(), next.end());
        return newlines(text, line.end(), next.start()) == 1 && BYLINE.matcher(by).matches()
            && SHORT_LINE.matcher(under).matches() && !isRowOrItem(text, next);
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n')) {
                n++;
            } else if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return n;
    }

    /** A row of a table ("12 | Osk | Velmora") or an item of a list ("- ", "* ", a bullet). */
    private static boolean isRowOrItem(String text, Span line) {
        String s = text.substring(line.start(), line.end());
        return s.contains("|") || s.startsWith("- ") || s.startsWith("* ") || s.startsWith("\u2022");
    }
}

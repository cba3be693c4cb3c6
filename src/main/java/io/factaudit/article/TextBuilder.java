package io.factaudit.article;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Builds the text the audit reads from a file's decoded content, one character at a time, each
 * with the content offset it came from. On the way it makes the text safe to match: invisible
 * format characters (zero-width spaces and joiners, soft hyphens, direction marks, stray byte
 * order marks) and control characters are dropped, every kind of space becomes a plain space,
 * line and paragraph separators and form feeds become line ends, and a letter followed by a
 * combining accent is composed into one character. The positions of what remains stay exact.
 */
final class TextBuilder {

    private final StringBuilder text;
    private int[] textStarts = new int[8];
    private int[] contentStarts = new int[8];
    private int runs;
    private int lastContent = -2;

    TextBuilder(int capacity) {
        text = new StringBuilder(Math.max(16, capacity));
    }

    /** The text and its map, for a content that needs no cleaning at all, skipping the copy. */
    static ArticleText plain(String content) {
        if (isClean(content)) {
            return new ArticleText(content, LineMap.of(content), null);
        }
        TextBuilder builder = new TextBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            builder.append(content.charAt(i), i);
        }
        return builder.build(content, null);
    }

    /** Whether a content can be read as it stands: nothing {@link #append} would change. */
    static boolean isClean(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c < 0xA0 || changes(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean changes(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || isMark(type);
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    }

    /** Appends a character of the content, cleaned as the class comment says. */
    void append(char c, int contentOffset) {
        if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t') {
            put(c, contentOffset);
        } else if (c == '\f' || c == '\u000B' || c == '\u0085') {
            put('\n', contentOffset);
        } else if (c < 0xA0) {
            return; // other control characters: nothing a reader sees
        } else {
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                return;
            }
            if (type == Character.SPACE_SEPARATOR) {
                put(' ', contentOffset);
            } else if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                put('\n', contentOffset);
            } else if (isMark(type) && composes(c)) {
                return;
            } else {
                put(c, contentOffset);
            }
        }
    }

    /** A collapsible space (markup whitespace): none at a line's start or after another space. */
    void space(int contentOffset) {
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) != ' ' && text.charAt(length - 1) != '\n') {
            put(' ', contentOffset);
        }
    }

    /** Ends the current line (a block of markup ends), without leaving blank lines or trailing spaces. */
    void lineBreak(int contentOffset) {
        trimTrailingSpaces();
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) != '\n') {
            put('\n', contentOffset);
        }
    }

    int length() {
        return text.length();
    }

    ArticleText build(String content, java.time.LocalDate declared) {
        String built = text.toString();
        Origins origins = new Origins(Arrays.copyOf(textStarts, runs), Arrays.copyOf(contentStarts, runs), runs);
        return new ArticleText(built, LineMap.mapped(content, origins), declared);
    }

    private boolean composes(char mark) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        String composed = Normalizer.normalize(text.charAt(length - 1) + String.valueOf(mark), Normalizer.Form.NFC);
        if (composed.length() != 1) {
            return false;
        }
        text.setCharAt(length - 1, composed.charAt(0));
        lastContent = -2; // the mark's offset is skipped: the next character starts a new run
        return true;
    }

    private void put(char c, int contentOffset) {
        if (contentOffset != lastContent + 1 || runs == 0) {
            if (runs == textStarts.length) {
                textStarts = Arrays.copyOf(textStarts, runs * 2);
                contentStarts = Arrays.copyOf(contentStarts, runs * 2);
            }
            textStarts[runs] = text.length();
            contentStarts[runs] = contentOffset;
            runs++;
        }
        text.append(c);
        lastContent = contentOffset;
    }

    /** Drops the blank space the markup left at the end of the text. */
    void trimEnd() {
        trim(true);
    }

    private void trimTrailingSpaces() {
        trim(false);
    }

    private void trim(boolean lineEnds) {
        int length = text.length();
        while (length > 0 && (text.charAt(length - 1) == ' ' || text.charAt(length - 1) == '\t'
            || lineEnds && text.charAt(length - 1) == '\n')) {
            length--;
        }
        if (length == text.length()) {
            return;
        }
        text.setLength(length);
        while (runs > 0 && textStarts[runs - 1] >= length) {
            runs--;
        }
        lastContent = runs == 0 ? -2 : contentStarts[runs - 1] + (length - 1 - textStarts[runs - 1]);
    }
}

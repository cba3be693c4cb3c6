package io.factaudit.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into {@link Lexeme}s in one pass, without regular expressions. */
final class Lexer {

    private Lexer() {
    }

    static Lexemes lex(String text) {
        List<Lexeme> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean spaced = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                spaced = true;
                i++;
                continue;
            }
            int start = i;
            Lexeme.Kind kind;
            if (isDigit(c)) {
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                kind = Lexeme.Kind.DIGITS;
            } else if (Character.isLetter(c)) {
                while (i < n && isWordPart(text.charAt(i))) {
                    i++;
                }
                kind = Lexeme.Kind.WORD;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Lexeme.Kind.SYMBOL;
            }
            String piece = text.substring(start, i);
            String lower = kind == Lexeme.Kind.WORD ? piece.toLowerCase(Locale.ROOT) : piece;
            out.add(new Lexeme(kind, start, i, piece, lower, spaced));
            spaced = false;
        }
        return new Lexemes(text, out);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space, including the no-break and narrow no-break spaces used as thousands separators. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}

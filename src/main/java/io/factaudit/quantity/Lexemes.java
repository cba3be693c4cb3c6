package io.factaudit.quantity;

import java.util.List;
import java.util.Set;

/** The lexemes of one text, with the questions the readers ask about them; out-of-range indices answer false. */
final class Lexemes {

    private final String text;
    private final List<Lexeme> items;

    Lexemes(String text, List<Lexeme> items) {
        this.text = text;
        this.items = List.copyOf(items);
    }

    int size() {
        return items.size();
    }

    boolean has(int i) {
        return i >= 0 && i < items.size();
    }

    Lexeme get(int i) {
        return items.get(i);
    }

    /** The lower-case text of lexeme i, or "" when there is none. */
    String lower(int i) {
        return has(i) ? items.get(i).lower() : "";
    }

    /** The text of lexeme i as written, or "". */
    String text(int i) {
        return has(i) ? items.get(i).text() : "";
    }

    /** The source text from lexeme first to lexeme last, both included. */
    String text(int first, int last) {
        return text.substring(items.get(first).start(), items.get(last).end());
    }

    boolean is(int i, String lower) {
        return has(i) && items.get(i).lower().equals(lower);
    }

    boolean isAny(int i, Set<String> lowers) {
        return has(i) && lowers.contains(items.get(i).lower());
    }

    boolean isDigits(int i) {
        return has(i) && items.get(i).kind() == Lexeme.Kind.DIGITS;
    }

    boolean isWord(int i) {
        return has(i) && items.get(i).kind() == Lexeme.Kind.WORD;
    }

    boolean isSymbol(int i, char c) {
        return has(i) && items.get(i).kind() == Lexeme.Kind.SYMBOL && items.get(i).text().charAt(0) == c;
    }

    /** Lexeme i follows lexeme i - 1 with no white space between. */
    boolean glued(int i) {
        return has(i) && i > 0 && !items.get(i).spaced();
    }

    /** A hyphen: "-", or the Unicode hyphen and non-breaking hyphen. */
    boolean isHyphen(int i) {
        return isSymbol(i, '-') || isSymbol(i, '\u2010') || isSymbol(i, '\u2011');
    }

    /** A hyphen or an en dash, as between the ends of a range. */
    boolean isDash(int i) {
        return isHyphen(i) || isSymbol(i, '\u2013');
    }

    /** A minus sign: hyphen-minus or the Unicode minus. */
    boolean isMinus(int i) {
        return isSymbol(i, '-') || isSymbol(i, '\u2212');
    }

    boolean isApostrophe(int i) {
        return isSymbol(i, '\'') || isSymbol(i, '\u2019');
    }

    /** The characters between lexeme i - 1 and lexeme i. */
    String gapBefore(int i) {
        return text.substring(items.get(i - 1).end(), items.get(i).start());
    }

    /** Whether the word at i starts with a capital letter. */
    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(items.get(i).text().charAt(0));
    }

    int start(int i) {
        return items.get(i).start();
    }

    int end(int i) {
        return items.get(i).end();
    }
}

package io.factaudit.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed run of lexemes ("no more than", "a.m.", "per cent"), compared in lower case. Phrases are
 * written as plain text and lexed like the sentences they are matched against.
 */
record Phrase(List<String> words) {

    Phrase {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        words = List.copyOf(words);
    }

    static Phrase of(String text) {
        Lexemes lx = Lexer.lex(text);
        List<String> words = new ArrayList<>(lx.size());
        for (int i = 0; i < lx.size(); i++) {
            words.add(lx.lower(i));
        }
        return new Phrase(words);
    }

    int size() {
        return words.size();
    }

    String first() {
        return words.get(0);
    }

    String last() {
        return words.get(words.size() - 1);
    }

    /** The index of the phrase's last lexeme when it starts at lexeme i, or -1. */
    int matchFrom(Lexemes lx, int i) {
        for (int k = 0; k < words.size(); k++) {
            if (!lx.is(i + k, words.get(k))) {
                return -1;
            }
        }
        return i + words.size() - 1;
    }

    /** The index of the phrase's first lexeme when it ends at lexeme i, or -1. */
    int matchEndingAt(Lexemes lx, int i) {
        int first = i - words.size() + 1;
        return first >= 0 && matchFrom(lx, first) == i ? first : -1;
    }
}

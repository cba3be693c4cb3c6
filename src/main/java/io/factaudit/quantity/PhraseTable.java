package io.factaudit.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases with a meaning each, found next to a position: the longest phrase that starts at a
 * lexeme, or that ends at one. Indexed by first and last word, so a look-up costs a map probe.
 */
final class PhraseTable<T> {

    /** A phrase found in text: lexemes first to last, both included. */
    record Match<T>(int first, int last, T meaning) {
    }

    private record Entry<T>(Phrase phrase, T meaning) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<T>>> byLast = new HashMap<>();

    PhraseTable(Map<String, T> phrases) {
        phrases.forEach((text, meaning) -> {
            Entry<T> entry = new Entry<>(Phrase.of(text), meaning);
            byFirst.computeIfAbsent(entry.phrase().first(), k -> new ArrayList<>()).add(entry);
            byLast.computeIfAbsent(entry.phrase().last(), k -> new ArrayList<>()).add(entry);
        });
        Comparator<Entry<T>> longestFirst = Comparator.comparingInt((Entry<T> e) -> -e.phrase().size());
        byFirst.values().forEach(list -> list.sort(longestFirst));
        byLast.values().forEach(list -> list.sort(longestFirst));
    }

    /** The longest phrase starting at lexeme i, or null. */
    Match<T> startingAt(Lexemes lx, int i) {
        List<Entry<T>> candidates = byFirst.get(lx.lower(i));
        if (candidates != null) {
            for (Entry<T> e : candidates) {
                int last = e.phrase().matchFrom(lx, i);
                if (last >= 0) {
                    return new Match<>(i, last, e.meaning());
                }
            }
        }
        return null;
    }

    /** The longest phrase ending at lexeme i, or null. */
    Match<T> endingAt(Lexemes lx, int i) {
        List<Entry<T>> candidates = byLast.get(lx.lower(i));
        if (candidates != null) {
            for (Entry<T> e : candidates) {
                int first = e.phrase().matchEndingAt(lx, i);
                if (first >= 0) {
                    return new Match<>(first, i, e.meaning());
                }
            }
        }
        return null;
    }
}

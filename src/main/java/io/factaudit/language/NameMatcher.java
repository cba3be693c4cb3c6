package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds where a text writes given names. Case is ignored, except for aliases written in capitals
 * ("US", "NIS", "WHO"), which match only in capitals; quotes, apostrophes, diacritics and the
 * periods of abbreviations are folded on both sides; a possessive ("Erdoğan's") still matches.
 * Where two spellings overlap, the longer wins.
 */
public final class NameMatcher {

    private record Spelling(String name, String spelling, String folded, boolean caseSensitive) {
    }

    private final List<Spelling> spellings = new ArrayList<>();

    /** Adds a name with its spellings (the name itself among them). */
    public NameMatcher add(String name, List<String> spellingsOfName) {
        for (String s : spellingsOfName) {
            String folded = Folded.of(s.strip()).text();
            if (folded.isBlank()) {
                continue;
            }
            boolean capitals = isCapitals(folded);
            spellings.add(new Spelling(name, s, capitals ? folded : folded.toLowerCase(Locale.ROOT), capitals));
        }
        spellings.sort(Comparator.comparingInt((Spelling s) -> s.folded.length()).reversed());
        return this;
    }

    public boolean isEmpty() {
        return spellings.isEmpty();
    }

    /** Every mention in the text, in order, overlaps resolved in favour of the longer spelling. */
    public List<Mention> find(String text) {
        Folded folded = Folded.of(text);
        String exact = folded.text();
        String lower = exact.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[exact.length()];
        List<Mention> found = new ArrayList<>();
        for (Spelling s : spellings) {
            String hay = s.caseSensitive ? exact : lower;
            int from = 0;
            while (true) {
                int at = hay.indexOf(s.folded, from);
                if (at < 0) {
                    break;
                }
                int end = at + s.folded.length();
                from = at + 1;
                if (!boundary(hay, at - 1) || !boundaryAfter(hay, end) || anyTaken(taken, at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                int originEnd = folded.originEnd(end);
                int next = end < exact.length() ? folded.originStart(end) : text.length();
                while (originEnd < next && text.charAt(originEnd) == '.') {
                    originEnd++; // the dropped period of "U.S." belongs to the name
                }
                found.add(new Mention(s.name, s.spelling, new Span(folded.originStart(at), originEnd)));
            }
        }
        found.sort(Comparator.comparing(Mention::span));
        return found;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean boundaryAfter(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !Character.isLetterOrDigit(c);
    }

    private static boolean isCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}

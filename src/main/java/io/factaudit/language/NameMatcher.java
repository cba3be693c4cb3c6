package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Spellings by their first word (those in capitals by the words as written, the others by the
     * lower-cased words), and those that do not start with a letter or digit, searched for one by one
     * (rare). Built whole on the first search after a change and handed over in one step, since
     * the first searches of a shared matcher come from several threads at once.
     */
    private record Index(Map<String, int[]> byFirstWord, Map<String, int[]> byFirstWordAsWritten, int[] unindexed) {
    }

    private final List<Spelling> spellings = new ArrayList<>();
    private volatile Index index;
    /**
     * An article's text folded and split into words, kept for the next search of the same text on
     * this thread: every scenario's matchers search the article in turn, and it is folded once.
     */
    private static final ThreadLocal<Hay> LAST = new ThreadLocal<>();
    /** Texts shorter than this (a name, a sentence) are folded afresh: keeping them would evict the article. */
    private static final int KEPT_LENGTH = 256;

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
        index = null;
        return this;
    }

    public boolean isEmpty() {
        return spellings.isEmpty();
    }

    /**
     * Every mention in the text, in order, overlaps resolved in favour of the longer spelling (of
     * two as long, the one added first). Every place a spelling fits is found in one pass over the
     * text's words; then they are taken longest first, as if each spelling were searched in turn.
     */
    public List<Mention> find(String text) {
        Hay prepared = Hay.of(text);
        Folded folded = prepared.folded();
        String exact = prepared.asWritten().text();
        String lower = prepared.lower().text();
        Index index = index();
        List<Long> places = new ArrayList<>(); // spelling index in the high half, offset in the low half
        collect(index.byFirstWord(), prepared.lower(), places);
        collect(index.byFirstWordAsWritten(), prepared.asWritten(), places);
        for (int c : index.unindexed()) {
            Spelling s = spellings.get(c);
            String hay = s.caseSensitive ? exact : lower;
            for (int at = hay.indexOf(s.folded); at >= 0; at = hay.indexOf(s.folded, at + 1)) {
                if (fits(s, hay, at)) {
                    places.add((long) c << 32 | at);
                }
            }
        }
        places.sort(null);
        boolean[] taken = new boolean[exact.length()];
        List<Mention> found = new ArrayList<>();
        for (long place : places) {
            Spelling s = spellings.get((int) (place >>> 32));
            int at = (int) place;
            int end = at + s.folded.length();
            if (anyTaken(taken, at, end)) {
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
        found.sort(Comparator.comparing(Mention::span));
        return found;
    }

    /** Where the spellings indexed by their first word stand among a text's words. */
    private void collect(Map<String, int[]> index, HayWords words, List<Long> places) {
        if (index.isEmpty()) {
            return;
        }
        for (int w = 0; w < words.words.length; w++) {
            int[] candidates = index.get(words.words[w]);
            if (candidates != null) {
                int i = words.starts[w];
                for (int c : candidates) {
                    if (fits(spellings.get(c), words.text, i)) {
                        places.add((long) c << 32 | i);
                    }
                }
            }
        }
    }

    /** A text's words (runs of letters and digits) with their offsets. */
    private record HayWords(String text, String[] words, int[] starts) {

        static HayWords of(String text) {
            List<String> words = new ArrayList<>();
            int[] starts = new int[16];
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = wordEnd(text, i);
                if (words.size() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                }
                starts[words.size()] = i;
                words.add(text.substring(i, end));
                i = end;
            }
            return new HayWords(text, words.toArray(new String[0]), java.util.Arrays.copyOf(starts, words.size()));
        }
    }

    /** A text folded, as written and lower-cased, each split into words; the last long one kept per thread. */
    private record Hay(String text, Folded folded, HayWords asWritten, HayWords lower) {

        static Hay of(String text) {
            Hay last = LAST.get();
            if (last != null && last.text == text) {
                return last;
            }
            Folded folded = Folded.of(text);
            String exact = folded.text();
            Hay hay = new Hay(text, folded, HayWords.of(exact), HayWords.of(exact.toLowerCase(Locale.ROOT)));
            if (text.length() >= KEPT_LENGTH) {
                LAST.set(hay);
            }
            return hay;
        }
    }

    /** Whether a spelling stands at an offset of the text it is searched in, as a whole word or words. */
    private static boolean fits(Spelling s, String hay, int at) {
        return hay.startsWith(s.folded, at) && boundary(hay, at - 1) && boundaryAfter(hay, at + s.folded.length());
    }

    private Index index() {
        Index built = index;
        if (built != null) {
            return built;
        }
        Map<String, List<Integer>> lists = new HashMap<>();
        Map<String, List<Integer>> asWritten = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < spellings.size(); c++) {
            Spelling s = spellings.get(c);
            if (!Character.isLetterOrDigit(s.folded.charAt(0))) {
                rest.add(c);
                continue;
            }
            // a text's word there must be the spelling's first word: a spelling's words end where the text's do
            // capitals-only spellings are looked up in the text as written, the others in the lower-cased text
            (s.caseSensitive ? asWritten : lists).computeIfAbsent(s.folded.substring(0, wordEnd(s.folded, 0)),
                k -> new ArrayList<>()).add(c);
        }
        built = new Index(arrays(lists), arrays(asWritten), rest.stream().mapToInt(Integer::intValue).toArray());
        index = built;
        return built;
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> index = new HashMap<>();
        lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    private static int wordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return end;
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

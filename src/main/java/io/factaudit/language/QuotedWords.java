package io.factaudit.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits speech into the words that matter when comparing quotes: case, punctuation, straight or
 * curly quotes and apostrophes, hyphens and diacritics aside, and contractions spelled out, so that
 * "It's" and "It is" read the same, and house style aside ({@link HouseStyle}: numbers, dates, US or UK
 * spelling). An ellipsis ("..." or "…") marks a cut, and so do words in square brackets, the writer's own.
 */
public final class QuotedWords {

    /** The separator between quoted pieces in joined speech: a cut, as a reporter writes one. */
    public static final String CUT = " … ";

    private static final Map<String, String> IRREGULAR = Map.of(
        "won't", "will not", "can't", "can not", "cannot", "can not", "shan't", "shall not", "ain't", "is not",
        "let's", "let us");
    private static final Set<String> IS_AFTER = Set.of(
        "it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "this", "everything", "nothing");
    private static final Map<String, String> SUFFIXES = Map.of(
        "'re", "are", "'ve", "have", "'ll", "will", "'m", "am", "'d", "would");

    private QuotedWords() {
    }

    public static List<SpokenWord> of(String text) {
        Folded folded = Folded.of(text);
        String s = folded.text();
        List<SpokenWord> words = new ArrayList<>();
        boolean cut = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\u2026' || s.startsWith("...", i)) {
                cut = true;
                i += c == '\u2026' ? 1 : 3;
                continue;
            }
            int close = c == '[' ? s.indexOf(']', i) : -1;
            if (close > i && !bracketInWord(s, i)) {
                // "[the company] will not close": square brackets hold the writer's words, added or put for
                // the speaker's (house style); they are a cut, as an ellipsis is
                cut = true;
                i = close + 1;
                continue;
            }
            if (!Character.isLetterOrDigit(c) && !bracketInWord(s, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || bracketInWord(s, end)
                || s.charAt(end) == ']' && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1))
                || s.charAt(end) == '\'' && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1)))) {
                end++;
            }
            int from = folded.originStart(i);
            int to = folded.originEnd(end);
            // "[T]he", "change[d]": letters the writer put in a word are read as the word's own
            String word = s.substring(i, end).replace("[", "").replace("]", "");
            for (String w : spelledOut(word.toLowerCase(Locale.ROOT))) {
                words.add(new SpokenWord(w, from, to, cut));
                cut = false;
            }
            i = end;
        }
        return HouseStyle.of(text, words);
    }

    /** A "[" that opens letters inside a word: "[T]he", "change[d]" (a letter before it or one right after its "]"). */
    private static boolean bracketInWord(String s, int i) {
        if (s.charAt(i) != '[') {
            return false;
        }
        int close = s.indexOf(']', i);
        if (close < 0 || close == i + 1 || !s.substring(i + 1, close).chars().allMatch(Character::isLetter)) {
            return false;
        }
        return i > 0 && Character.isLetter(s.charAt(i - 1)) || close + 1 < s.length() && Character.isLetter(s.charAt(close + 1));
    }

    /** The words of a contraction ("we've" → "we have"); any other word as it is. */
    static List<String> spelledOut(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return List.of(irregular.split(" "));
        }
        if (word.endsWith("n't") && word.length() > 3) {
            return List.of(word.substring(0, word.length() - 3), "not");
        }
        int apostrophe = word.lastIndexOf('\'');
        if (apostrophe > 0) {
            String stem = word.substring(0, apostrophe);
            String suffix = word.substring(apostrophe);
            if (SUFFIXES.containsKey(suffix)) {
                return List.of(stem, SUFFIXES.get(suffix));
            }
            if (suffix.equals("'s") && IS_AFTER.contains(stem)) {
                return List.of(stem, "is");
            }
        }
        return List.of(word);
    }
}

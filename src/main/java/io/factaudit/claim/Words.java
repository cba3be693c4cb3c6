package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.WordStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as lower-case words and punctuation, each with its span in the article. Lower-casing
 * is done character by character, so offsets stay those of the article's text.
 */
final class Words {

    /** An initialism is one word with its periods ("U.S.", "U.K."), so that it does not break a noun group. */
    private static final Pattern TOKEN = Pattern.compile(
        "(?:\\p{Lu}\\.){2,}|\\p{N}+(?:,\\p{N}{3})+(?:\\.\\p{N}+)?\\b|\\p{N}+\\.\\p{N}+|[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");

    /** A word or punctuation mark: its lower-case text, its text as written, where it is. */
    record Word(String lower, String written, Span span) {
        boolean capitalized() {
            return !written.isEmpty() && Character.isUpperCase(written.charAt(0));
        }

        boolean is(String... options) {
            for (String o : options) {
                if (lower.equals(o)) {
                    return true;
                }
            }
            return false;
        }

        boolean punctuation() {
            return !Character.isLetterOrDigit(written.charAt(0));
        }
    }

    private Words() {
    }

    /** The words of a span of an article: read once per article, shared by every reader and scenario. */
    static List<Word> of(io.factaudit.language.Document document, Span span) {
        return document.shared(new Key(span), d -> List.copyOf(of(d.text(), span)));
    }

    private record Key(Span span) {
    }

    static List<Word> of(String text, Span sentence) {
        String s = text.substring(sentence.start(), sentence.end());
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String written = WordStrings.of(s, m.start(), m.end());
            String lower = lower(written);
            words.add(new Word(lower == written ? written : WordStrings.of(lower), written,
                new Span(sentence.start() + m.start(), sentence.start() + m.end())));
        }
        return words;
    }

    /** Lower case, curly apostrophes straight, one character for one; the word itself when it is already so (most are: no copy). */
    static String lower(String s) {
        int first = 0;
        while (first < s.length() && lowered(s.charAt(first)) == s.charAt(first)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = lowered(chars[i]);
        }
        return new String(chars);
    }

    private static char lowered(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    /** The index of the first word starting at or after an offset. */
    static int indexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).span().start() >= offset) {
                return i;
            }
        }
        return words.size();
    }
}

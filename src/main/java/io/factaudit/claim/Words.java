package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.TokenSpans;
import io.factaudit.language.WordStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as lower-case words and punctuation, each with its span in the article: the
 * document's tokens (the tagger's, {@link Document#tokensIn}) as the claim readers want them.
 * Tokens written together are read as one stretch, in which an initialism is one word with its
 * periods ("U.S.", so that it does not break a noun group), a number keeps its thousands and
 * decimals ("1,250.5", "3.7"), a clitic stays on its word ("Alma's", "didn't"), and any other mark
 * is a word of its own ("low-lying" reads "low" "-" "lying"). Lower-casing is done character by
 * character, so offsets stay those of the article's text.
 */
final class Words {

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
    static List<Word> of(Document document, Span span) {
        return document.shared(new Key(span), d -> List.copyOf(words(d.text(), span, d.tokensIn(span))));
    }

    private record Key(Span span) {
    }

    /** The words of part of a text that is no article's (a sheet's spelling, a table's cell). */
    static List<Word> of(String text, Span range) {
        return words(text, range, TokenSpans.of(text, range));
    }

    private static List<Word> words(String text, Span range, List<Span> tokens) {
        List<Word> words = new ArrayList<>();
        int at = range.start();
        int i = 0;
        while (i < tokens.size()) {
            int start = tokens.get(i).start();
            int end = tokens.get(i).end();
            while (i + 1 < tokens.size() && tokens.get(i + 1).start() == end) {
                end = tokens.get(++i).end();
            }
            i++;
            marksBetween(text, at, start, words);
            WordScan.read(text, start, end, words);
            at = end;
        }
        marksBetween(text, at, range.end(), words);
        return words;
    }

    /** A mark the tokenizer takes for a space but that is no plain space (a no-break space): a word of its own, as before. */
    private static void marksBetween(String text, int from, int to, List<Word> words) {
        for (int j = from; j < to; j += Character.charCount(text.codePointAt(j))) {
            char c = text.charAt(j);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\013' && c != '\f' && c != '\r') {
                add(text, j, j + Character.charCount(text.codePointAt(j)), words);
            }
        }
    }

    static void add(String text, int start, int end, List<Word> words) {
        String written = WordStrings.of(text, start, end);
        String lower = lower(written);
        words.add(new Word(lower == written ? written : WordStrings.of(lower), written, new Span(start, end)));
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

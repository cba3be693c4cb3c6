package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Word}s, the same way for a sheet's phrases and an article's sentences,
 * so that they compare word by word. Letters and digits make words ("7.8", "1,500" and "4:17" stay
 * whole); a hyphen inside a word only separates ("search-and-rescue" reads like "search and
 * rescue"); an apostrophe starts a word of its own ("Russia" "'s", "did" "n't"); any other mark is
 * a word of one character. Text is folded first ({@link Folded}), so "U.S." reads "US".
 */
public final class Words {

    private Words() {
    }

    /** The words of a phrase written on a sheet. */
    public static List<Word> of(String text) {
        return of(text, new Span(0, text.length()));
    }

    /** The words of part of a text, located in the whole text. */
    public static List<Word> of(String text, Span range) {
        Folded folded = Folded.of(text.substring(range.start(), range.end()));
        String f = folded.text();
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || (c == '-' && i > 0 && i + 1 < f.length()
                && Character.isLetterOrDigit(f.charAt(i - 1)) && Character.isLetterOrDigit(f.charAt(i + 1)))) {
                i++;
                continue;
            }
            int end = wordEnd(f, i);
            String w = WordStrings.of(f, i, end);
            Span span = new Span(range.start() + folded.originStart(i), range.start() + folded.originEnd(end));
            String lower = WordStrings.of(w.toLowerCase(Locale.ROOT));
            String stem = Character.isLetterOrDigit(c) ? Inflections.stem(lower) : lower;
            words.add(new Word(span, w, lower, stem == lower ? lower : WordStrings.of(stem)));
            i = end;
        }
        return words;
    }

    private static int wordEnd(String f, int start) {
        char c = f.charAt(start);
        if (start > 0 && Character.isLetter(f.charAt(start - 1)) && isNegation(f, start + 1)) {
            return start + 3;
        }
        if (c == '\'' && start + 1 < f.length() && Character.isLetter(f.charAt(start + 1))) {
            int j = start + 1;
            while (j < f.length() && Character.isLetter(f.charAt(j))) {
                j++;
            }
            return j;
        }
        if (!Character.isLetterOrDigit(c)) {
            return start + 1;
        }
        int j = start;
        while (j < f.length()) {
            char d = f.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == '.' || d == ',' || d == ':') && j + 1 < f.length() && Character.isDigit(f.charAt(j + 1))
                && j > start && Character.isDigit(f.charAt(j - 1))) {
                j++;
            } else if (d == '\'' && j - 1 > start && isNegation(f, j)) {
                return j - 1; // "didn't": "did" then "n't"
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNegation(String f, int apostrophe) {
        return apostrophe >= 1 && apostrophe + 1 < f.length() && f.charAt(apostrophe) == '\''
            && (f.charAt(apostrophe - 1) == 'n' || f.charAt(apostrophe - 1) == 'N')
            && (f.charAt(apostrophe + 1) == 't' || f.charAt(apostrophe + 1) == 'T')
            && (apostrophe + 2 >= f.length() || !Character.isLetter(f.charAt(apostrophe + 2)));
    }
}

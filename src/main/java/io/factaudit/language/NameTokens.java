package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into words for reading names and titles, remembering which words stand
 * next to each other with only spaces between them: names and titles do not cross punctuation.
 */
public final class NameTokens {

    /** Abbreviations other than titles' ({@link TitleAbbreviations}) whose period belongs to the word. */
    private static final Set<String> ABBREVIATIONS = Set.of("st", "jr", "sr", "dep", "no", "u.s", "u.n", "u.k", "e.u");
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

    private final List<NameToken> tokens;
    private final boolean[] joined;
    private final boolean[] spaced;
    private volatile boolean[] countryWords;

    private NameTokens(List<NameToken> tokens, boolean[] joined, boolean[] spaced) {
        this.tokens = tokens;
        this.joined = joined;
        this.spaced = spaced;
    }

    /**
     * A paragraph's name tokens, read once per article for every reader and scenario that asks,
     * from the document's tokens: only the stretches of tokens written together are read (a name's
     * word never holds a space), the spaces between them are not.
     */
    public static NameTokens of(Document document, Span range) {
        return document.shared(new Key(range), d -> of(d.text(), range, d.tokensIn(range)));
    }

    private record Key(Span range) {
    }

    /** The name tokens of a text that is no article's (a sheet's spelling, a title as written), read whole. */
    public static NameTokens of(String text, Span range) {
        return of(text, range, List.of(range));
    }

    private static NameTokens of(String text, Span range, List<Span> spans) {
        List<NameToken> tokens = new ArrayList<>();
        List<Boolean> joinedToPrevious = new ArrayList<>();
        List<Boolean> spacedFromPrevious = new ArrayList<>();
        int i = range.start();
        int previousEnd = -1;
        boolean previousPossessive = false;
        int next = 0; // the next document token not yet reached
        while (i < range.end()) {
            while (next < spans.size() && spans.get(next).end() <= i) {
                next++;
            }
            if (next == spans.size()) {
                break;
            }
            if (spans.get(next).start() > i) {
                i = spans.get(next).start();
            }
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < range.end() && (Character.isLetterOrDigit(text.charAt(end)) || Character.getType(text.charAt(end))
                == Character.NON_SPACING_MARK || isInnerMark(text, end, range))) {
                end++;
            }
            String word = WordStrings.of(text, i, end);
            boolean possessive = false;
            int wordEnd = end;
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
                possessive = true;
                wordEnd = end - 2;
            } else if (end < range.end() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && word.endsWith("s") && (end + 1 >= range.end() || !Character.isLetter(text.charAt(end + 1)))) {
                possessive = true;
                end++;
            }
            if (end < range.end() && text.charAt(end) == '.' && isAbbreviation(text.substring(i, wordEnd))) {
                wordEnd = ++end;
            }
            boolean spaces = previousEnd >= 0 && onlySpaces(text, previousEnd, i);
            tokens.add(new NameToken(wordEnd - i == word.length() ? word : WordStrings.of(text, i, wordEnd), new Span(i, wordEnd), possessive));
            joinedToPrevious.add(spaces && !previousPossessive);
            spacedFromPrevious.add(spaces);
            previousEnd = end;
            previousPossessive = possessive;
            i = end;
        }
        boolean[] joined = new boolean[tokens.size()];
        boolean[] spaced = new boolean[tokens.size()];
        for (int k = 0; k < joined.length; k++) {
            joined[k] = joinedToPrevious.get(k);
            spaced[k] = spacedFromPrevious.get(k);
        }
        return new NameTokens(List.copyOf(tokens), joined, spaced);
    }

    public List<NameToken> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public NameToken get(int i) {
        return tokens.get(i);
    }

    /** Token i follows token i-1 with only spaces between (and i-1 is not a possessive). */
    public boolean joinedToPrevious(int i) {
        return i > 0 && joined[i];
    }

    /** Token i follows token i-1 with only spaces between, a possessive or not ("Ukraine's President"). */
    public boolean spacedFromPrevious(int i) {
        return i > 0 && spaced[i];
    }

    /** Whether token i is part of a country's name or adjective ("South" and "Korean" of "South Korean"). */
    public boolean isCountryWord(int i) {
        if (countryWords == null) {
            countryWords = Countries.words(this);
        }
        return countryWords[i];
    }

    /** The index of the first token starting at or after an offset, or size() when none does. */
    public int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static boolean isInnerMark(String text, int at, Span range) {
        char c = text.charAt(at);
        boolean innerPunct = c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '.';
        if (!innerPunct || at + 1 >= range.end() || !Character.isLetter(text.charAt(at + 1))) {
            return false;
        }
        if (c == '.') {
            // "U.S." keeps its periods; a period between words of a sentence does not join them
            return Character.isUpperCase(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at + 1))
                && (at < 2 || !Character.isLetter(text.charAt(at - 2)) || text.charAt(at - 2) == '.');
        }
        return true;
    }

    private static boolean isAbbreviation(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(w) || TitleAbbreviations.contains(w) || word.length() == 1 && Character.isUpperCase(word.charAt(0))
            || DOTTED_CAPITALS.matcher(word).matches();
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return from < to;
    }
}

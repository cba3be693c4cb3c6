package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import java.util.Locale;
import java.util.Set;

/**
 * The punctuation around a title next to a name, in one text: what opens an apposition (a comma, an
 * age between commas, a parenthesis, a dash), what closes it (punctuation, the end of the paragraph,
 * or a word that ends a noun group), and where a title before a comma starts its clause.
 */
final class TitleMarks {

    private static final Set<String> OPENERS = Set.of("the", "a", "an", "and", "but", "or", "as");

    private final String text;
    private final TitleClauses clauses;

    /** @param clauses the reader of the noun groups of the same text, which says where a group ends */
    TitleMarks(String text, TitleClauses clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /** An age in apposition: ", 52," between a name and what follows it. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(",\\s*\\d{1,3}\\s*,");

    /**
     * What stands between a name and its apposition: a comma, an age between commas ("X, 52, the
     * company's treasurer"), an opening parenthesis ("X (treasurer of Brontec)") or a dash ("X — the
     * company's treasurer — said").
     */
    boolean apposes(NameTokens tokens, int left, int right) {
        if (tokens.get(left).possessive()) {
            return false;
        }
        String between = text.substring(tokens.get(left).span().end(), tokens.get(right).span().start()).strip();
        return between.equals(",") || between.equals("(") || between.equals("\u2014") || between.equals("\u2013")
            || AGE.matcher(between).matches();
    }

    /** Only ", " stands between two tokens. */
    boolean commaBetween(NameTokens tokens, int left, int right) {
        String between = text.substring(tokens.get(left).span().end(), tokens.get(right).span().start());
        if (tokens.get(left).possessive()) {
            return false;
        }
        return between.strip().equals(",");
    }

    /** The name is followed by a comma or the end of its sentence: the apposition is closed. */
    boolean closedByComma(NameTokens tokens, int last) {
        int at = tokens.get(last).span().end();
        return at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == '.');
    }

    /** A title phrase before a comma starts its clause: at the start, after punctuation, "the", "and" or a possessive. */
    boolean opens(NameTokens tokens, int start) {
        return start == 0 || !tokens.spacedFromPrevious(start) || OPENERS.contains(lower(tokens.get(start - 1)))
            || tokens.get(start - 1).possessive();
    }

    /** An apposition ends at punctuation or the end of its paragraph. */
    boolean closes(NameTokens tokens, int lastWord) {
        int at = tokens.get(lastWord).span().end();
        if (tokens.get(lastWord).possessive()) {
            return false;
        }
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at >= text.length() || ",.;:)\u2014\u2013\n\r".indexOf(text.charAt(at)) >= 0
            || lastWord + 1 >= tokens.size() || clauses.endsGroup(tokens, lastWord + 1);
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

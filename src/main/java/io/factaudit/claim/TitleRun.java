package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Countries;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.PoliticalParties;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which words of a paragraph a title is made of, for one text and one sheet: title words (see
 * {@link TitleWords}, and every word of the sheet's titles), countries, parties and bodies (acronyms,
 * the sheet's names), joined by "of", "for" and "and"; which of them head a title; and where a run of
 * them starts. {@link TitlePhrases} decides where such a run stands next to a name.
 */
final class TitleRun {

    private static final Set<String> JOINERS = Set.of("of", "for", "and");
    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[\\-\u2010\u2011]+");

    private final String text;
    private final Set<String> sheetWords;
    private final Set<String> sheetHeads;
    private final Supplier<List<Span>> findBodies;
    private List<Span> bodies;

    /**
     * @param sheetWords every word of the sheet's titles, lower case: they are title words here
     * @param sheetHeads the head of each of the sheet's titles ("epidemiologist"): it heads a title here
     * @param bodies     where the text names the sheet's bodies and places, found only if a title needs them
     */
    TitleRun(String text, Set<String> sheetWords, Set<String> sheetHeads, Supplier<List<Span>> bodies) {
        this.text = text;
        this.sheetWords = sheetWords;
        this.sheetHeads = sheetHeads;
        this.findBodies = bodies;
    }

    /**
     * The first token of the run of title words that ends right before token {@code to}.
     *
     * @param attached the run must stand right before token {@code to}, with only spaces between
     */
    int leftEdge(NameTokens tokens, int to, boolean attached) {
        int from = to;
        while (from > 0 && isTitleWord(tokens, from - 1)
            && (tokens.spacedFromPrevious(from) || from == to && !attached)) {
            from--;
        }
        while (from < to && JOINERS.contains(lower(tokens.get(from)))) {
            from++;
        }
        return from;
    }

    /** A word of a title; "of", "for", "and" (and "the" after "of" or "for") only between title words. */
    boolean isTitleWord(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        String w = lower(t);
        if (w.equals("the")) {
            // "chief of the general staff", "a spokeswoman for the refugee agency", "the treasurer and the CEO"
            return i > 0 && Set.of("of", "for", "and").contains(lower(tokens.get(i - 1))) && tokens.spacedFromPrevious(i)
                && wordAfter(tokens, i);
        }
        if (JOINERS.contains(w)) {
            return i > 0 && tokens.spacedFromPrevious(i) && isWord(tokens, i - 1) && wordAfter(tokens, i);
        }
        if (TitleWords.isFunctionWord(w)) {
            // "the then defense minister" is a title; "Under Secretary" is one, "under President Arven" is not
            return TitleWords.isTime(w) || TitleWords.isTitleWord(w) && Character.isUpperCase(t.text().charAt(0))
                && !startsSentence(t);
        }
        return isWord(tokens, i);
    }

    private boolean startsSentence(NameToken t) {
        int i = t.span().start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:\"\u201c\u201d".indexOf(text.charAt(i)) >= 0;
    }

    /** A title word follows token i (after "the", if any). */
    private boolean wordAfter(NameTokens tokens, int i) {
        int next = i + 1;
        if (next < tokens.size() && tokens.spacedFromPrevious(next) && lower(tokens.get(next)).equals("the")) {
            next++;
        }
        return next < tokens.size() && tokens.spacedFromPrevious(next) && isWord(tokens, next);
    }

    private boolean isWord(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        return tokens.isCountryWord(i) || isWord(t) || t.possessive() && TitleWords.isGenericOwner(t.text());
    }

    private boolean isWord(NameToken t) {
        String w = lower(t);
        return TitleWords.isTitleWord(w) || TitleWords.isHead(w) || isSheetWord(w)
            || Countries.isCountryWord(t.text()) || t.acronym() && t.text().length() <= 6
            || t.capitalized() && PoliticalParties.isPartyWord(t.text())
            || bodies().stream().anyMatch(b -> b.contains(t.span()));
    }

    /**
     * A word of the sheet's titles; a hyphenated word when each of its parts is a title word or one
     * of the sheet's ("co-manager", "Hearing-Officer" for the sheet's "hearing officer": hyphens are house style).
     */
    boolean isSheetWord(String w) {
        if (sheetWords.contains(TitleWords.normal(w))) {
            return true;
        }
        String[] parts = HYPHENS.split(w);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !(sheetWords.contains(TitleWords.normal(part)) || TitleWords.isTitleWord(part))) {
                return false;
            }
        }
        return true;
    }

    private List<Span> bodies() {
        if (bodies == null) {
            bodies = findBodies.get();
        }
        return bodies;
    }

    boolean hasHead(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isHead(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that heads a title: a title word's head, or the head of one of the sheet's titles, alone or
     * as the last part of a hyphenated word before a word of time ("official-elect").
     */
    boolean isHead(NameToken t) {
        String[] parts = HYPHENS.split(TitleWords.normal(t.text()));
        int last = parts.length > 1 && TitleWords.isTime(parts[parts.length - 1]) ? parts.length - 2 : parts.length - 1;
        return TitleWords.isHead(t.text()) || sheetHeads.contains(TitleWords.normal(t.text()))
            || parts.length > 1 && sheetHeads.contains(parts[last]);
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

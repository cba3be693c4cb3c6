package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.OfficeHolders;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Titles read from the structure of a noun group or a clause next to a name, where the words need
 * not be known title words:
 * <ul>
 *   <li>a noun group after its owner: "the company's chief financial officer", "Skyline's head of
 *       safety" (the owner, a possessive after "the" or a proper noun, is set apart when judged);</li>
 *   <li>a relative clause whose verb names an office: "who chairs the aviation subcommittee" is
 *       "chair of the aviation subcommittee" (the verb's derived noun, from WordNet).</li>
 * </ul>
 * The group must hold a word for a holder of an office ({@link OfficeHolders}, {@link TitleWords}),
 * so a description ("the company's most experienced engineer") is no title.
 */
final class TitleClauses {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> INSIDE = Set.of("of", "for", "and", "the", "on", "at", "in");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final int LONGEST = 9;

    /** Prepositions of place that put a place after a title ("head of the council at Bremen"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");

    private final String text;
    private final Set<String> sheetHeads;

    /** @param sheetHeads the head of each of the sheet's titles ("epidemiologist"): a word for an office here */
    TitleClauses(String text, Set<String> sheetHeads) {
        this.text = text;
        this.sheetHeads = sheetHeads;
    }

    /**
     * What follows a title's noun group at token k ends it: a relative clause ("an epidemiologist who
     * set up the tracker") or a place ("the council chair in Bremen"), neither of them part of the title.
     */
    boolean endsGroup(NameTokens tokens, int k) {
        if (k >= tokens.size() || !tokens.spacedFromPrevious(k)) {
            return false;
        }
        String w = lower(tokens.get(k));
        return RELATIVES.contains(w) && !w.equals("which") || w.equals("whose")
            || PLACE_PREPOSITIONS.contains(w) && k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1)
                && tokens.get(k + 1).capitalized() && !TitleWords.isFunctionWord(tokens.get(k + 1).text());
    }

    /** An owner's noun group starting at token k ("airline's CEO"), up to the punctuation that closes it. */
    Optional<TitlePhrase> ownedGroup(NameTokens tokens, int k) {
        if (k >= tokens.size() || !isOwner(tokens, k)) {
            return Optional.empty();
        }
        int end = groupEnd(tokens, k + 1);
        if (end <= k + 1 || !holdsOffice(tokens, k + 1, end) || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        return Optional.of(phrase(tokens, k, end - 1, null));
    }

    /** An owner's noun group that ends right before token {@code to} ("The company's chief financial officer, X"). */
    Optional<TitlePhrase> ownedGroupEndingAt(NameTokens tokens, int to) {
        for (int j = to - 1; j >= 0 && to - j <= LONGEST; j--) {
            if (isOwner(tokens, j)) {
                return groupEnd(tokens, j + 1) >= to && holdsOffice(tokens, j + 1, to) && startsClause(tokens, j)
                    ? Optional.of(phrase(tokens, j, to - 1, null)) : Optional.empty();
            }
            if (j < to - 1 && !tokens.spacedFromPrevious(j + 1)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "who chairs the aviation subcommittee" at token k: the office the verb names, and its object. */
    Optional<TitlePhrase> relativeClause(NameTokens tokens, int k) {
        if (k + 1 >= tokens.size() || !RELATIVES.contains(lower(tokens.get(k))) || !tokens.spacedFromPrevious(k + 1)) {
            return Optional.empty();
        }
        Optional<String> office = OfficeHolders.officeOfVerb(lower(tokens.get(k + 1)));
        if (office.isEmpty() || !lower(tokens.get(k + 1)).endsWith("s")) {
            return Optional.empty(); // "who led the agency until 2020" is a past office, not a title
        }
        int from = k + 2;
        if (from < tokens.size() && DETERMINERS.contains(lower(tokens.get(from))) && tokens.spacedFromPrevious(from)) {
            from++;
        }
        int end = groupEnd(tokens, from);
        if (end <= from || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        String object = text.substring(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(phrase(tokens, k, end - 1, office.get() + " of " + object));
    }

    /** "the airline's", "Skyline's": a possessive after a determiner, or a proper noun's. */
    private static boolean isOwner(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        if (!t.possessive()) {
            return false;
        }
        boolean afterDeterminer = i > 0 && tokens.spacedFromPrevious(i) && DETERMINERS.contains(lower(tokens.get(i - 1)));
        return afterDeterminer || t.capitalized();
    }

    /** One past the last word of the run of words from {@code from} that punctuation does not break. */
    private int groupEnd(NameTokens tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < LONGEST && (end == from || tokens.spacedFromPrevious(end))
            && isGroupWord(tokens.get(end)) && !(end > from && endsGroup(tokens, end))) {
            end++;
        }
        while (end > from && INSIDE.contains(lower(tokens.get(end - 1)))) {
            end--;
        }
        return end;
    }

    private static boolean isGroupWord(NameToken t) {
        String w = lower(t);
        return INSIDE.contains(w) || !TitleWords.isFunctionWord(w) && !RELATIVES.contains(w);
    }

    private boolean holdsOffice(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(tokens.get(k));
            if (TitleWords.isHead(w) || OfficeHolders.isOffice(w) || sheetHeads.contains(TitleWords.normal(w))) {
                return true;
            }
        }
        return false;
    }

    /** A group before a comma starts at the start of its clause: after "the", punctuation or a line's start. */
    private static boolean startsClause(NameTokens tokens, int owner) {
        if (owner == 0 || !tokens.spacedFromPrevious(owner)) {
            return true;
        }
        int before = owner - 1;
        return DETERMINERS.contains(lower(tokens.get(before)))
            && (before == 0 || !tokens.spacedFromPrevious(before) || Set.of("and", "but", "as").contains(lower(tokens.get(before - 1))));
    }

    /** The group ends at punctuation or at the end of its paragraph. */
    private boolean closes(NameTokens tokens, int last) {
        if (tokens.get(last).possessive()) {
            return false;
        }
        int at = tokens.get(last).span().end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at >= text.length() || ",.;:)\u2014\u2013\n\r".indexOf(text.charAt(at)) >= 0 || last + 1 >= tokens.size()
            || endsGroup(tokens, last + 1);
    }

    private TitlePhrase phrase(NameTokens tokens, int from, int to, String title) {
        int start = tokens.get(from).span().start();
        if (from > 0 && tokens.spacedFromPrevious(from) && DETERMINERS.contains(lower(tokens.get(from - 1)))
            && !tokens.get(from).capitalized()) {
            start = tokens.get(from - 1).span().start();
        }
        Span span = new Span(start, tokens.get(to).span().end());
        return new TitlePhrase(span, title != null ? title : text.substring(span.start(), span.end()), title != null);
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

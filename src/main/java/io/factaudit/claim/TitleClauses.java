package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Titles read from the structure of a noun group next to a name, where the words need not be known
 * title words: a noun group after its owner ("the company's chief financial officer", "Skyline's head
 * of safety"; the owner, a possessive after "the" or a proper noun, is set apart when judged), up to
 * where {@link TitleGroupEnds} ends it (a relative clause, a place, a time). The group must hold a word for a
 * holder of an office ({@link OfficeHolders}, {@link TitleWords}), so a description ("the company's
 * most experienced engineer") is no title. The clauses that link a person to such a group are
 * {@link TitleLinks}'.
 */
final class TitleClauses {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> INSIDE = Set.of("of", "for", "and", "the", "on", "at", "in");
    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;
    private static final int LONGEST = 9;
    private final String text;
    private final Set<String> sheetHeads;
    private final TitleGroupEnds ends;

    /** @param sheetHeads the head of each of the sheet's titles ("epidemiologist"): a word for an office here */
    TitleClauses(String text, Set<String> sheetHeads) {
        this.text = text;
        this.sheetHeads = sheetHeads;
        this.ends = new TitleGroupEnds(text);
    }

    /** What follows a title's noun group at token k ends it ({@link TitleGroupEnds}). */
    boolean endsGroup(NameTokens tokens, int k) {
        return ends.endsGroup(tokens, k);
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
                int end = groupEnd(tokens, j + 1);
                return (end >= to || TitleGroupEnds.isPlace(tokens, end, to)) && holdsOffice(tokens, j + 1, to) && startsClause(tokens, j)
                    ? Optional.of(phrase(tokens, j, to - 1, null)) : Optional.empty();
            }
            if (j < to - 1 && !tokens.spacedFromPrevious(j + 1)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }



    /** The office a noun group at token {@code from} names, in a phrase from token {@code start}. */
    Optional<TitlePhrase> office(NameTokens tokens, int start, int from) {
        return office(tokens, start, from, from >= 0 && from < tokens.size() && tokens.spacedFromPrevious(from));
    }

    /** @param attached the noun group at {@code from} follows what links it with only spaces between */
    Optional<TitlePhrase> office(NameTokens tokens, int start, int from, boolean attached) {
        if (from < 0 || from >= tokens.size() || !attached) {
            return Optional.empty();
        }
        int titleFrom = from;
        if (DETERMINERS.contains(lower(tokens.get(from)))) {
            // "a"/"an" says which kind of office and stays in the title (PersonTitles judges it as a kind)
            titleFrom = lower(tokens.get(from)).equals("the") ? from + 1 : from;
            from++;
        }
        int groupFrom = from < tokens.size() && isOwner(tokens, from) ? from + 1 : from;
        int end = groupEnd(tokens, groupFrom);
        if (end <= groupFrom || !hasTitleHead(tokens, groupFrom, end) || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        String title = text.substring(tokens.get(titleFrom).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(phrase(tokens, start, end - 1, title));
    }


    /** The token's word in lower case, or "" past the end or across punctuation. */
    static String word(NameTokens tokens, int i) {
        return i < tokens.size() && i > 0 && tokens.spacedFromPrevious(i) ? lower(tokens.get(i)) : "";
    }

    /** "the airline's", "Skyline's", "its": a possessive after a determiner, a proper noun's, or a possessive determiner. */
    private static boolean isOwner(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        if (ClosedClass.POSSESSIVE_DETERMINERS.contains(lower(t))) {
            return true;
        }
        if (!t.possessive()) {
            return false;
        }
        boolean afterDeterminer = i > 0 && tokens.spacedFromPrevious(i) && DETERMINERS.contains(lower(tokens.get(i - 1)));
        return afterDeterminer || t.capitalized();
    }

    /** One past the last word of the run of words from {@code from} that punctuation does not break. */
    int groupEnd(NameTokens tokens, int from) {
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
        // "its new treasurer": a word of time ("new", "former") belongs to the group
        return INSIDE.contains(w) || TitleWords.isTime(w) || !TitleWords.isFunctionWord(w) && !RELATIVES.contains(w);
    }

    /**
     * The group holds a word for an office. A word that changes a rank, alone after its owner, names
     * whom the person stands in for, not an office ("Brontec's deputy", "her assistant"), unless it
     * heads one of the sheet's titles.
     */
    private boolean holdsOffice(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(tokens.get(k));
            String last = w.substring(w.lastIndexOf('-') + 1);
            if ((TitleWords.isHead(w) || OfficeHolders.isOffice(last)) && !TitleWords.isRankChanger(last)
                || sheetHeads.contains(TitleWords.normal(w))
                || sheetHeads.contains(TitleWords.normal(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copula links a person to anything ("who is the plant's union official", "who is its longest
     * serving agent"): only a title's head word or the head of one of the sheet's titles makes what
     * it links a title, not every noun WordNet files under offices.
     */
    private boolean hasTitleHead(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(tokens.get(k));
            String last = w.substring(w.lastIndexOf('-') + 1);
            if (TitleWords.isHead(w) || sheetHeads.contains(TitleWords.normal(w)) || sheetHeads.contains(TitleWords.normal(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group before a comma starts at the start of its clause: after "the", punctuation or a line's
     * start, or as the subject of a verb of saying before it ("..., said the agency's treasurer, X.").
     */
    private static boolean startsClause(NameTokens tokens, int owner) {
        if (owner == 0 || !tokens.spacedFromPrevious(owner)) {
            return true;
        }
        int before = owner - 1;
        if (tokens.get(owner).capitalized() && !tokens.get(before).capitalized() && !DETERMINERS.contains(lower(tokens.get(before)))) {
            return true; // "spoke after Brontec's treasurer, X,", "told Brontec's treasurer, X": a proper owner opens the group
        }
        return DETERMINERS.contains(lower(tokens.get(before)))
            && (before == 0 || !tokens.spacedFromPrevious(before) || Set.of("and", "but", "as").contains(lower(tokens.get(before - 1)))
                || VerbsOfSaying.contains(lower(tokens.get(before - 1))));
    }


    /** The group ends at punctuation or at the end of its paragraph ({@link TitleGroupEnds}). */
    boolean closes(NameTokens tokens, int last) {
        return ends.closes(tokens, last);
    }

    TitlePhrase phrase(NameTokens tokens, int from, int to, String title) {
        int start = tokens.get(from).span().start();
        if (from > 0 && tokens.spacedFromPrevious(from) && DETERMINERS.contains(lower(tokens.get(from - 1)))
            && !tokens.get(from).capitalized()) {
            start = tokens.get(from - 1).span().start();
        }
        Span span = new Span(start, tokens.get(to).span().end());
        return new TitlePhrase(span, title != null ? title : text.substring(span.start(), span.end()), title != null);
    }

    static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.GroupNouns;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An owner written after a title in apposition, which the sheet does not name: "for the city council"
 * (a collective noun) kept in the phrase and set apart when judged, "of the Osk school district" (any
 * noun group after "the") left out of the title judged.
 */
final class TitleOwnerAfter {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final String text;
    private final TitleRun run;
    private final TitleMarks marks;

    TitleOwnerAfter(String text, TitleRun run, TitleMarks marks) {
        this.text = text;
        this.run = run;
        this.marks = marks;
    }

    /** How many words a proper name before a title may have ("Osk County"). */
    private static final int NAME_WORDS = 3;

    /**
     * The token after a proper name at token k that the sheet does not know ("Osk", "Osk County"):
     * capitalised words, no title word, no function word, up to a possessive ("Osk County's") or the
     * word before the title; k itself where none stands there.
     */
    int properName(NameTokens tokens, int k) {
        int j = k;
        while (j < tokens.size() && j - k <= NAME_WORDS && (j == k || tokens.spacedFromPrevious(j))) {
            NameToken t = tokens.get(j);
            if (!t.capitalized() || t.acronym() || TitleWords.isFunctionWord(lower(t)) || run.isTitleWord(tokens, j)
                || t.possessive()) {
                return j;
            }
            j++;
        }
        return k;
    }

    /** A capitalised word of a name the sheet does not know: no title word, function word or possessive. */
    private boolean isNameWord(NameTokens tokens, int j) {
        NameToken t = tokens.get(j);
        return t.capitalized() && !t.acronym() && !TitleWords.isFunctionWord(lower(t)) && !run.isTitleWord(tokens, j) && !t.possessive();
    }

    /**
     * The prepositions that put a title's owner after it: "superintendent of the Osk school district",
     * "chief of staff to the mayor" (the one served).
     */
    private static final Set<String> OWNER_AFTER = Set.of("of", "for", "at", "with", "to");
    /** How many words an owner after a title may have before the apposition closes. */
    private static final int OWNER_WORDS = 6;

    /**
     * "X, superintendent of the Osk school district,", "X, a spokeswoman with the Osk fire department,":
     * a title (tokens [from, end)), a preposition of {@link #OWNER_AFTER}, "the" and a noun group up to
     * the punctuation that closes the apposition: the group is the title's owner, which the sheet does not
     * name, so the title is judged without it; so is a proper name the sheet does not know after "of",
     * "for", "at" or "with" ("mayor of Osk"), but no title word ("Secretary of State" is an office).
     *
     * @param titleFrom where the title judged starts (after a proper name that owns it, "the Osk fire chief")
     */
    Optional<TitlePhrase> ownerAfter(NameTokens tokens, int from, int titleFrom, int end) {
        if (end + 1 < tokens.size() && OWNER_AFTER.contains(lower(tokens.get(end))) && !lower(tokens.get(end)).equals("to")
            && tokens.spacedFromPrevious(end) && tokens.spacedFromPrevious(end + 1)) {
            // "X, mayor of Osk, said": a proper name the sheet does not know, no title word ("Secretary of State")
            int name = end + 1;
            while (name < tokens.size() && name - end <= NAME_WORDS && (name == end + 1 || tokens.spacedFromPrevious(name))
                && isNameWord(tokens, name)) {
                name++;
            }
            if (name > end + 1 && marks.closes(tokens, name - 1)) {
                Span span = new Span(tokens.get(from).span().start(), tokens.get(name - 1).span().end());
                String title = text.substring(tokens.get(titleFrom).span().start(), tokens.get(end - 1).span().end());
                return Optional.of(new TitlePhrase(span, title, false));
            }
        }
        if (end + 2 >= tokens.size() || !OWNER_AFTER.contains(lower(tokens.get(end))) || !lower(tokens.get(end + 1)).equals("the")
            || !tokens.spacedFromPrevious(end) || !tokens.spacedFromPrevious(end + 1)) {
            return Optional.empty();
        }
        for (int g = end + 2; g < tokens.size() && g - end - 2 < OWNER_WORDS && tokens.spacedFromPrevious(g); g++) {
            NameToken t = tokens.get(g);
            // the owner's own owner may open the group ("chief of the town's fire department"), not end it
            if (t.possessive() && (g > end + 2 || marks.closes(tokens, g)) || TitleWords.isFunctionWord(lower(t)) && !t.capitalized()) {
                return Optional.empty();
            }
            if (marks.closes(tokens, g)) {
                Span span = new Span(tokens.get(from).span().start(), t.span().end());
                String title = text.substring(tokens.get(titleFrom).span().start(), tokens.get(end - 1).span().end());
                return Optional.of(new TitlePhrase(span, title, false));
            }
        }
        return Optional.empty();
    }

    /**
     * "a spokeswoman for the city council,": a title, "for", a determiner and a group up to the
     * punctuation that closes the apposition, ending in a collective noun ({@link GroupNouns}): the
     * owner is part of the phrase (and set apart when judged). The run of title words from {@code k}
     * to {@code end} may hold the start of the group ("for the Tarn"). Returns the group's end, else {@code end}.
     */
    int unnamedOwner(NameTokens tokens, int k, int end) {
        for (int f = k + 1; f <= end && f + 2 < tokens.size(); f++) {
            if (Set.of("for", "of").contains(lower(tokens.get(f))) && run.hasHead(tokens, k, f) && tokens.spacedFromPrevious(f)
                && DETERMINERS.contains(lower(tokens.get(f + 1))) && tokens.spacedFromPrevious(f + 1)) {
                return groupAfter(tokens, f + 2, end);
            }
        }
        return end;
    }

    private int groupAfter(NameTokens tokens, int from, int end) {
        for (int g = from; g < tokens.size() && g - from < 5 && tokens.spacedFromPrevious(g); g++) {
            NameToken t = tokens.get(g);
            if (t.possessive() || TitleWords.isFunctionWord(lower(t))) {
                return end;
            }
            if ((GroupNouns.contains(lower(t)) || TitleWords.isGenericOwner(lower(t))) && marks.closes(tokens, g)) {
                return g + 1;
            }
        }
        return end;
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the titles written next to a name. A title is a run of title words (see {@link TitleWords},
 * and every word of the sheet's titles), countries ("US", "Ukraine's", "South Korean"), parties
 * ("Republican") and bodies (acronyms, the sheet's names) that has a head word ("minister",
 * "chief", "Gen.", or the head of one of the sheet's titles):
 * <ul>
 *   <li>right before the name: "US Defense Secretary Lloyd Austin", "press secretary Maj. Gen. Pat Ryder";</li>
 *   <li>after it between commas: "Lloyd Austin, the U.S. secretary of defense, said" (not "X, who ...");</li>
 *   <li>before it between commas, where the name has no office of its own before it:
 *       "the UN's emergency relief coordinator, Martin Griffiths, said",
 *       "Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, said";</li>
 *   <li>an owner's noun group or a relative clause in apposition ({@link TitleClauses}): "X, the
 *       airline's CEO", "the company's chief financial officer, X", "X, who chairs the subcommittee".</li>
 * </ul>
 * Which words make a title is {@link TitleRun}'s, the punctuation around it {@link TitleMarks}', an
 * owner after it {@link TitleOwnerAfter}'s.
 */
final class TitlePhrases {

    private static final Set<String> JOINERS = Set.of("of", "for", "and");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final String text;
    private final TitleClauses clauses;
    private final TitleLinks links;
    private final TitleRun run;
    private final TitleMarks marks;
    private final TitleOwnerAfter owners;

    /**
     * @param sheetWords every word of the sheet's titles, lower case: they are title words here
     * @param sheetHeads the head of each of the sheet's titles ("epidemiologist"): it heads a title here
     * @param bodies     where the text names the sheet's bodies and places ("World Health Organization"),
     *                   found only if a title needs them
     */
    TitlePhrases(String text, Set<String> sheetWords, Set<String> sheetHeads, Supplier<List<Span>> bodies) {
        this.text = text;
        this.clauses = new TitleClauses(text, sheetHeads);
        this.links = new TitleLinks(text, sheetHeads, clauses);
        this.run = new TitleRun(text, sheetWords, sheetHeads, bodies);
        this.marks = new TitleMarks(text, clauses);
        this.owners = new TitleOwnerAfter(text, run, marks);
    }

    /** The titles next to a name that stands at tokens [first, last] of a paragraph. */
    List<TitlePhrase> around(NameTokens tokens, int first, int last) {
        List<TitlePhrase> found = new ArrayList<>();
        before(tokens, first, last).ifPresent(found::add);
        paired(tokens, first, last).orElseGet(() -> after(tokens, first, last)).ifPresent(found::add);
        return found;
    }

    /** An adverb that is no word of a title ("currently", "now", "also"; not "then", which a title keeps). */
    private static boolean isAdverb(NameToken t) {
        String w = lower(t);
        return !TitleWords.isTitleWord(w) && !t.capitalized()
            && io.factaudit.lexicon.Adverbs.isAdverb(w);
    }

    /** The adverb that says two lists are paired in order ("X and Y, the treasurer and the CEO respectively"). */
    private static final String IN_ORDER = "respectively";

    /**
     * "X and Y, the company's treasurer and spokeswoman, said": two names joined by "and" and one
     * apposition after them that joins two titles, each with its own head, by "and": each name takes
     * the title in its place. Empty where the name is in no such pair; a title the apposition cannot
     * divide goes to the second name as before, and to the first not at all.
     */
    private Optional<Optional<TitlePhrase>> paired(NameTokens tokens, int first, int last) {
        if (first >= 2 && lower(tokens.get(first - 1)).equals("and") && tokens.spacedFromPrevious(first)
            && tokens.spacedFromPrevious(first - 1) && tokens.get(first - 2).capitalized() && !tokens.get(first - 2).possessive()) {
            return Optional.of(after(tokens, first, last).flatMap(p -> part(tokens, p, 1)));
        }
        if (last + 2 < tokens.size() && lower(tokens.get(last + 1)).equals("and") && tokens.spacedFromPrevious(last + 1)
            && tokens.spacedFromPrevious(last + 2) && tokens.get(last + 2).capitalized() && !tokens.get(last).possessive()) {
            int end = last + 2;
            while (end + 1 < tokens.size() && tokens.spacedFromPrevious(end + 1) && tokens.get(end + 1).capitalized()) {
                end++;
            }
            if (end + 1 >= tokens.size() || tokens.get(end).possessive() || !marks.apposes(tokens, end, end + 1)) {
                return Optional.empty();
            }
            return Optional.of(after(tokens, last + 2, end).flatMap(p -> part(tokens, p, 0)));
        }
        return Optional.empty();
    }

    /** The first (0) or second (1) of two titles an apposition joins by "and", "respectively" left out. */
    private Optional<TitlePhrase> part(NameTokens tokens, TitlePhrase phrase, int which) {
        int from = tokens.indexAt(phrase.span().start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).span().end() <= phrase.span().end()) {
            to++;
        }
        if (to - 1 > from && lower(tokens.get(to - 1)).equals(IN_ORDER)) {
            to--;
        }
        int split = -1;
        for (int k = from + 1; k < to - 1; k++) {
            if (lower(tokens.get(k)).equals("and") && run.hasHead(tokens, from, k) && run.hasHead(tokens, k + 1, to)) {
                if (split >= 0) {
                    return Optional.empty();
                }
                split = k;
            }
        }
        if (split < 0 || phrase.clause()) {
            return which == 1 ? Optional.of(phrase) : Optional.empty();
        }
        int a = which == 0 ? from : split + 1;
        int b = which == 0 ? split - 1 : to - 1;
        return Optional.of(phrase(tokens, a, b));
    }

    private Optional<TitlePhrase> before(NameTokens tokens, int first, int last) {
        int nameStart = first;
        while (nameStart > 0 && tokens.spacedFromPrevious(nameStart) && TitleWords.isHonorific(tokens.get(nameStart - 1).text())) {
            nameStart--;
        }
        int from = forWhom(tokens, run.leftEdge(tokens, nameStart, true), nameStart);
        boolean office = false;
        for (int k = from; k < nameStart; k++) {
            office |= run.isHead(tokens.get(k)) && !TitleWords.isRank(tokens.get(k).text());
        }
        Optional<TitlePhrase> direct = from < nameStart && run.hasHead(tokens, from, nameStart)
            ? Optional.of(phrase(tokens, from, nameStart - 1)) : Optional.empty();
        if (office) {
            return direct;
        }
        // "Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, said"
        int beforeComma = from - 1;
        if (beforeComma < 0 || !marks.commaBetween(tokens, beforeComma, from) || !marks.closedByComma(tokens, last)) {
            return direct;
        }
        int start = run.leftEdge(tokens, beforeComma + 1, false);
        if (start > beforeComma || !run.hasHead(tokens, start, beforeComma + 1) || !marks.opens(tokens, start)) {
            // "The company's chief financial officer, Priya Raman, said"
            return direct.isPresent() ? direct : clauses.ownedGroupEndingAt(tokens, beforeComma + 1);
        }
        Span span = new Span(tokens.get(start).span().start(),
            direct.map(d -> d.span().end()).orElse(tokens.get(beforeComma).span().end()));
        return Optional.of(new TitlePhrase(span, text.substring(span.start(), span.end())));
    }

    /**
     * "a spokesman for President X", "adviser for Gov. X": a title, "for", then a title of the name's
     * own; the words before "for" are the office of someone who works for the name, not the name's.
     * Returns where the name's own title starts.
     */
    private int forWhom(NameTokens tokens, int from, int nameStart) {
        for (int k = nameStart - 2; k > from; k--) {
            if (lower(tokens.get(k)).equals("for") && run.hasHead(tokens, from, k) && run.hasHead(tokens, k + 1, nameStart)) {
                return k + 1;
            }
        }
        return from;
    }

    private Optional<TitlePhrase> after(NameTokens tokens, int first, int last) {
        Optional<TitlePhrase> appointed = links.appointedTo(tokens, first, last);
        if (appointed.isPresent()) {
            return appointed;
        }
        int k = last + 1;
        if (k < tokens.size() && !tokens.get(last).possessive() && tokens.spacedFromPrevious(k)) {
            return links.predicate(tokens, k); // "Ilse Marrow is Brontec's treasurer."
        }
        if (k >= tokens.size() || tokens.get(last).possessive() || !marks.apposes(tokens, last, k)) {
            return Optional.empty();
        }
        int afterComma = k;
        Optional<TitlePhrase> clause = links.relativeClause(tokens, k).or(() -> links.holderClause(tokens, afterComma))
            .or(() -> links.inRoleAs(tokens, afterComma));
        if (clause.isPresent()) {
            return clause;
        }
        if (k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1) && isAdverb(tokens.get(k))) {
            k++; // "X, currently the company's treasurer,", "X, now treasurer of Brontec,": when, not which office
        }
        int article = -1;
        if (DETERMINERS.contains(lower(tokens.get(k)))) {
            // "a"/"an" says which kind of office: kept in the title, which is judged as a kind (PersonTitles)
            article = lower(tokens.get(k)).equals("the") ? -1 : k;
            k++;
        }
        int named = owners.properName(tokens, k);
        Optional<TitlePhrase> owned = clauses.ownedGroup(tokens, named < tokens.size() && tokens.get(named).possessive() ? named : k);
        if (owned.isPresent()) {
            return owned; // "X, Osk County's treasurer,": a name of several words owns the title
        }
        while (k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1) && TitleForms.isTenure(tokens.get(k).text())
            && !run.isSheetWord(lower(tokens.get(k)))) {
            k++; // "the newly appointed treasurer of Brontec": how the office came, then the office
        }
        int start = article >= 0 ? article : k;
        if (named > k && named < tokens.size() && !run.isTitleWord(tokens, k) && run.isTitleWord(tokens, named)) {
            k = named; // "X, the Osk fire chief,": a proper name the sheet does not know owns the title, set apart
        } else if (article < 0 && k + 1 < tokens.size() && TitleWords.isOwnerBefore(lower(tokens.get(k)))
            && !run.isTitleWord(tokens, k) && tokens.spacedFromPrevious(k + 1) && run.isTitleWord(tokens, k + 1)) {
            k++; // "X, the city fire chief,", "the county sheriff": an owner that says nothing of which body, set apart as "the city's" is
        }
        int end = k;
        while (end < tokens.size() && (end == k || tokens.spacedFromPrevious(end)) && run.isTitleWord(tokens, end)) {
            end++;
        }
        while (end > k && JOINERS.contains(lower(tokens.get(end - 1)))) {
            end--;
        }
        end = owners.unnamedOwner(tokens, k, end);
        if (end == k || !run.hasHead(tokens, k, end)) {
            return Optional.empty();
        }
        int titleFrom = k > start + 1 || article < 0 && k > start ? k : start;
        if (!marks.closes(tokens, end - 1)) {
            return owners.ownerAfter(tokens, start, titleFrom, end);
        }
        Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(new TitlePhrase(span, text.substring(tokens.get(titleFrom).span().start(), span.end())));
    }



    private TitlePhrase phrase(NameTokens tokens, int from, int to) {
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
        return new TitlePhrase(span, text.substring(span.start(), span.end()));
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}

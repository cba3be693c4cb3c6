package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;

/**
 * Finds who an article cites for a figure: "according to X", "X said / estimated / put ...",
 * "X's count", "said X", "with X estimating", a pronoun ("he said") back to the last named source,
 * or a source named earlier in the same paragraph. Only the sheet's names are sources; a speaker the
 * sheet does not name ("the president rounded it") leaves the figure unsourced.
 */
final class SourceFinder {

    /** The source a figure is attributed to (a sheet name, or null) and whether the article cites anyone. */
    record Attribution(String source, boolean cited) {
        static final Attribution NONE = new Attribution(null, false);
    }

    private static final int VERB_REACH = 12;

    private final Document document;
    private final List<Mention> mentions;

    SourceFinder(Document document, List<Mention> mentions) {
        this.document = document;
        this.mentions = mentions;
    }

    /**
     * @param counts the other figures of the sentence: an "according to X" that closes one of them
     *               before this figure is theirs, when this figure has a source of its own after it
     */
    Attribution find(Span sentence, List<Words.Word> words, Span count, List<Span> counts) {
        int countIndex = Words.indexAt(words, count.start());
        int clauseStart = clauseStart(words, countIndex);
        int clauseEnd = clauseEnd(words, countIndex);
        boolean clauseHasVerb = hasReportVerb(words, clauseStart, clauseEnd);
        Mention best = null;
        long bestScore = Long.MAX_VALUE;
        for (Mention m : mentions) {
            if (!sentence.contains(m.span())) {
                continue;
            }
            int mi = Words.indexAt(words, m.span().start());
            int mEnd = Words.indexAt(words, m.span().end());
            if (!cued(words, mi, mEnd)) {
                continue;
            }
            boolean sameClause = mi >= clauseStart && mi < clauseEnd;
            boolean introducesLater = m.span().start() >= count.end() && introducesWhatFollows(words, mEnd);
            boolean closesAnother = m.span().end() <= count.start() && accordingTo(words, mi)
                && counts.stream().anyMatch(c -> c.end() <= m.span().start() && !c.equals(count));
            if (!sameClause && clauseHasVerb) {
                continue;
            }
            int distance = m.span().end() <= count.start() ? count.start() - m.span().end() : m.span().start() - count.end();
            long score = (sameClause ? 0 : 100_000L) + (closesAnother || introducesLater ? 50_000L : 0) + 1_000L * commasBetween(words, Math.min(mi, countIndex),
                Math.max(mi, countIndex)) + Math.max(0, distance);
            if (score < bestScore) {
                bestScore = score;
                best = m;
            }
        }
        if (best != null) {
            return new Attribution(best.name(), true);
        }
        if (pronounSpeaker(words, clauseStart, clauseEnd)) {
            Mention previous = lastMentionBefore(sentence.start(), true);
            return previous == null ? new Attribution(null, true) : new Attribution(previous.name(), true);
        }
        if (clauseHasVerb) {
            return new Attribution(null, true);
        }
        return Attribution.NONE;
    }

    /** A mention that is cited, not merely named: a reporting verb, "according to", a possessive count. */
    private static boolean cued(List<Words.Word> words, int mi, int mEnd) {
        for (int i = Math.max(0, mi - 6); i < mi - 1; i++) {
            if (words.get(i).is("according") && words.get(i + 1).is("to")) {
                return true;
            }
        }
        if (mi >= 1 && saidBy(words.get(mi - 1))) {
            return true;
        }
        if (mi >= 2 && saidBy(words.get(mi - 2)) && words.get(mi - 1).is("the")) {
            return true;
        }
        boolean possessive = words.get(Math.min(mi, words.size() - 1)).lower().endsWith("'s")
            || mEnd > 0 && mEnd - 1 < words.size() && words.get(mEnd - 1).lower().endsWith("'s")
            || mEnd < words.size() && words.get(mEnd).lower().equals("'");
        int depth = 0;
        for (int i = mEnd; i < Math.min(words.size(), mEnd + VERB_REACH); i++) {
            Words.Word w = words.get(i);
            if (w.is(";", ".", "?", "!", ":")) {
                break;
            }
            if (w.is(",")) {
                depth++;
                if (depth > 2) {
                    break;
                }
                continue;
            }
            if (Lexicon.reportVerb(w.lower()) && !w.is("according") && !w.capitalized()) {
                return true; // a capital is a name ("United States"), not the verb "states"
            }
            if (possessive && i < mEnd + 6 && (SubjectProfile.GENERIC_COUNT_NOUNS.contains(w.lower())
                || w.is("estimate", "estimates", "assessment", "data", "tally", "figures", "count"))) {
                return true;
            }
            if (w.lower().equals("that") && depth == 0 && i > mEnd + 1) {
                break;
            }
        }
        return false;
    }

    /** "..., said X", "..., stressed X", "estimated by X": a verb of saying or "by" before the source. */
    private static boolean saidBy(Words.Word w) {
        return w.is("by") || !w.capitalized() && VerbsOfSaying.contains(w.lower());
    }

    /** "X said on Saturday that 2,167 ...": a source that introduces the figures after it, not those before. */
    private static boolean introducesWhatFollows(List<Words.Word> words, int mEnd) {
        for (int i = mEnd; i < Math.min(words.size(), mEnd + VERB_REACH); i++) {
            if (Lexicon.reportVerb(words.get(i).lower()) && !words.get(i).capitalized()) {
                for (int j = i + 1; j < Math.min(words.size(), i + 6); j++) {
                    Words.Word w = words.get(j);
                    if (w.is("that") || Character.isDigit(w.written().charAt(0))) {
                        return true;
                    }
                    if (w.is(".", ";", ",")) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean accordingTo(List<Words.Word> words, int mi) {
        for (int i = Math.max(0, mi - 6); i < mi - 1; i++) {
            if (words.get(i).is("according") && words.get(i + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasReportVerb(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.reportVerb(words.get(i).lower()) && !words.get(i).capitalized()
                && !words.get(i).is("according", "given", "put")) {
                return true;
            }
            if (words.get(i).is("put", "puts") && i + 1 < to && !words.get(i + 1).is("in", "on", "into")) {
                return true;
            }
        }
        return false;
    }

    /** "he said", "she told", "they estimate", "his first toll", "the agency said". */
    private static boolean pronounSpeaker(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Words.Word w = words.get(i);
            if (w.is("he", "she", "they") && i + 1 < to && Lexicon.reportVerb(words.get(i + 1).lower())) {
                return true;
            }
            if (w.is("he", "she") && i + 2 < to && Lexicon.reportVerb(words.get(i + 2).lower())) {
                return true;
            }
            if (w.is("his", "her", "its", "their") && i + 2 < to
                && (SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(i + 1).lower())
                || SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(i + 2).lower()))) {
                return true;
            }
            if (w.is("agency", "ministry", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "office")
                && i >= 1 && words.get(i - 1).is("the") && i + 1 < to
                && Lexicon.reportVerb(words.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The last sheet name mentioned before an offset, in this paragraph or the one before. */
    private Mention lastMentionBefore(int offset, boolean nearby) {
        Span paragraph = document.paragraphOf(offset);
        int limit = nearby ? previousParagraphStart(paragraph) : 0;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() <= offset && m.span().start() >= limit) {
                last = m;
            }
        }
        return last;
    }

    private int previousParagraphStart(Span paragraph) {
        int start = paragraph.start();
        for (Span p : document.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                start = p.start();
            }
        }
        return start;
    }

    private static int clauseStart(List<Words.Word> words, int index) {
        for (int i = Math.min(index, words.size()) - 1; i >= 0; i--) {
            if (words.get(i).is(";", "\u2014")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(List<Words.Word> words, int index) {
        for (int i = index; i < words.size(); i++) {
            if (words.get(i).is(";", "\u2014")) {
                return i;
            }
        }
        return words.size();
    }

    private static int commasBetween(List<Words.Word> words, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            if (words.get(i).is(",")) {
                n++;
            }
        }
        return n;
    }
}

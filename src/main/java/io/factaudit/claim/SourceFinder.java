package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

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

    private final Document document;
    private final MentionsByOffset mentions;
    private final Predicate<Mention> person;

    /**
     * @param named   where the article names the sheet's sources
     * @param sources the sheet's sources, whose words a role noun may take up ("the agency")
     * @param titled  where a title noun alone names a person who is a source ("the governor")
     * @param person  which mentions name a person, whom "she" and "his" take up
     */
    SourceFinder(Document document, List<Mention> named, List<Name> sources, List<Mention> titled, Predicate<Mention> person) {
        this.document = document;
        this.person = person;
        List<Mention> roles = new ArrayList<>(RoleNouns.find(document, sources, named));
        for (Mention t : titled) {
            if (named.stream().noneMatch(m -> m.span().overlaps(t.span())) && roles.stream().noneMatch(m -> m.span().overlaps(t.span()))) {
                roles.add(t);
            }
        }
        List<Mention> all = new ArrayList<>(named);
        if (!roles.isEmpty()) {
            all.addAll(roles);
            all.sort(Comparator.comparing(Mention::span));
        }
        this.mentions = new MentionsByOffset(all);
    }

    /**
     * @param counts the other figures of the sentence: an "according to X" that closes one of them
     *               before this figure is theirs, when this figure has a source of its own after it
     */
    Attribution find(Span sentence, List<Words.Word> words, Span count, List<Span> counts) {
        int countIndex = Words.indexAt(words, count.start());
        int clauseStart = clauseStart(words, countIndex);
        int clauseEnd = clauseEnd(words, countIndex);
        boolean clauseHasVerb = AttributionCues.hasReportVerb(words, clauseStart, clauseEnd);
        Mention best = null;
        long bestScore = Long.MAX_VALUE;
        for (Mention m : mentions.within(sentence)) {
            int mi = Words.indexAt(words, m.span().start());
            int mEnd = Words.indexAt(words, m.span().end());
            if (!AttributionCues.cued(words, mi, mEnd) && !GappedSource.cued(words, mi, mEnd)) {
                continue;
            }
            boolean sameClause = mi >= clauseStart && mi < clauseEnd;
            boolean introducesLater = m.span().start() >= count.end() && AttributionCues.introducesWhatFollows(words, mEnd);
            boolean closesAnother = m.span().end() <= count.start() && AttributionCues.accordingTo(words, mi)
                && counts.stream().anyMatch(c -> c.end() <= m.span().start() && !c.equals(count));
            if (LaterFigureSource.ofALaterFigure(words, mi, count, counts)) {
                continue; // "far fewer than the 4.1 million announced by X": X's figure is the later one
            }
            if (!sameClause && clauseHasVerb) {
                continue;
            }
            int distance = m.span().end() <= count.start() ? count.start() - m.span().end() : m.span().start() - count.end();
            // "X, which organised the marches, said 500 ...": the commas of X's own relative clause do not part X from its figure
            int relative = mi < countIndex ? AttributionCues.relativeEnd(words, mEnd) : -1;
            int from = relative >= 0 && relative < countIndex ? relative + 1 : Math.min(mi, countIndex);
            long score = (sameClause ? 0 : 100_000L) + (closesAnother || introducesLater ? 50_000L : 0) + 1_000L * commasBetween(words, from,
                Math.max(mi, countIndex)) + Math.max(0, distance);
            if (m.span().start() >= count.end() && AttributionCues.accordingTo(words, mi) && !opensClause(words, mi)) {
                // "X has said that it will cut 620 jobs, according to a filing": the first "according to" after the
                // figure cites X's words too; not "X said 41, but according to Y, 45", which opens the clause after it
                score = -1;
            }
            if (score < bestScore) {
                bestScore = score;
                best = m;
            }
        }
        if (best != null) {
            return new Attribution(best.name(), true);
        }
        if (AttributionCues.pronounSpeaker(words, clauseStart, clauseEnd)) {
            Mention previous = AttributionCues.personalSpeaker(words, clauseStart, clauseEnd)
                ? lastPersonBefore(sentence.start()) : null;
            previous = previous != null ? previous : lastMentionBefore(sentence.start(), true);
            return previous == null ? new Attribution(null, true) : new Attribution(previous.name(), true);
        }
        if (clauseHasVerb) {
            return new Attribution(null, true);
        }
        return Attribution.NONE;
    }

    /** The sheet source written as the possessive at word {@code i} ("the company's", "Norbek's"), or null. */
    String ownerAt(Span sentence, List<Words.Word> words, int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        String lower = words.get(i).lower();
        if (!lower.endsWith("'s") && !lower.endsWith("s'") && !lower.endsWith("\u2019s")) {
            return null;
        }
        Span word = words.get(i).span();
        for (Mention m : mentions.within(sentence)) {
            if (m.span().end() > word.start() && m.span().end() <= word.end()) {
                return m.name();
            }
        }
        return null;
    }

    /** The sheet source whose mention ends in word {@code i} ("police" in "and police 41,000"), or null. */
    Mention endingAt(Span sentence, List<Words.Word> words, int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        Span word = words.get(i).span();
        for (Mention m : mentions.within(sentence)) {
            if (m.span().end() > word.start() && m.span().end() <= word.end()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The source that is the subject of the verb at word {@code verb}: a sheet name just before it, past
     * the words of the verb group ({@code gap}: "Norbek to cut", "Norbek will now cut", "Norbek's plan to
     * cut"), or "it" or "they" for the source named last; else null.
     */
    String agentOf(Span sentence, List<Words.Word> words, int verb, java.util.function.IntPredicate gap) {
        int i = verb - 1;
        while (i >= 0 && gap.test(i)) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        if (words.get(i).is("it", "they")) {
            Mention previous = lastMentionBefore(words.get(i).span().start(), true);
            return previous == null ? null : previous.name();
        }
        Span word = words.get(i).span();
        for (Mention m : mentions.within(sentence)) {
            if (m.span().end() > word.start() && m.span().end() <= word.end()) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * The source cited in an earlier sentence of a sentence's paragraph, the last one cited before it
     * ("The agency's evening bulletin is out. The toll rose to 17"), or null.
     */
    String citedEarlierInParagraph(Span sentence) {
        return citedBefore(sentence, 0);
    }

    /**
     * The source cited last before a sentence, in its paragraph or up to {@code back} paragraphs before
     * (a live blog's entries are paragraphs of their own), or null.
     */
    String citedBefore(Span sentence, int back) {
        List<Span> paragraphs = document.paragraphs();
        Span paragraph = document.paragraphOf(sentence.start());
        int at = indexOf(paragraphs, paragraph);
        int from = at < 0 ? paragraph.start() : paragraphs.get(Math.max(0, at - back)).start();
        // sentences are in text order and do not overlap: those that start at or after from and end by the sentence are a run
        List<Span> sentences = document.sentences();
        for (int k = endingBy(sentences, sentence.start()) - 1; k >= 0 && sentences.get(k).start() >= from; k--) {
            Span earlier = sentences.get(k);
            List<Words.Word> words = Words.of(document, earlier);
            List<Mention> inside = mentions.within(earlier);
            for (int j = inside.size() - 1; j >= 0; j--) {
                Mention m = inside.get(j);
                if (AttributionCues.cued(words, Words.indexAt(words, m.span().start()), Words.indexAt(words, m.span().end()))) {
                    return m.name();
                }
            }
        }
        return null;
    }

    /** "She said", "her estimate": the last source named as a person before an offset, in this paragraph or the one before. */
    private Mention lastPersonBefore(int offset) {
        return mentions.lastBefore(previousParagraphStart(document.paragraphOf(offset)), offset, person);
    }

    /** The last sheet name mentioned before an offset, in this paragraph or the one before. */
    private Mention lastMentionBefore(int offset, boolean nearby) {
        Span paragraph = document.paragraphOf(offset);
        int limit = nearby ? previousParagraphStart(paragraph) : 0;
        return mentions.lastBefore(limit, offset, m -> true);
    }

    private int previousParagraphStart(Span paragraph) {
        List<Span> paragraphs = document.paragraphs();
        int before = endingBy(paragraphs, paragraph.start()) - 1;
        return before >= 0 ? paragraphs.get(before).start() : paragraph.start();
    }

    /** How many of the spans (in text order, not overlapping, so their ends ascend) end at or before an offset. */
    private static int endingBy(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of a paragraph in the document's paragraphs (in text order), -1 when it is not one of them. */
    private static int indexOf(List<Span> spans, Span span) {
        int i = endingBy(spans, span.end() - 1);
        return i < spans.size() && spans.get(i).equals(span) ? i : -1;
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

    /**
     * "but according to Y, 45 did": an "according to" after a coordinator or subordinator opens the clause
     * after it, whose figure is Y's; after a plain comma it closes the clause before ("41 died, according to Y").
     */
    private static boolean opensClause(List<Words.Word> words, int mi) {
        for (int i = mi - 1; i >= Math.max(1, mi - 6); i--) {
            if (words.get(i).is("according")) {
                String before = words.get(i - 1).lower();
                return before.equals("and") || before.equals("but") || before.equals("yet") || ClosedClass.SUBORDINATORS.contains(before);
            }
        }
        return false;
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

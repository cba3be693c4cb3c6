package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds who an article cites for a figure: "according to X", "X said / estimated / put ...",
 * "X's count", "said X", "with X estimating", a pronoun ("he said") back to the last named source,
 * or a source named earlier in the same paragraph ({@link PassageSources}); a person the sheet gives no
 * estimates speaks for the body the article ties them to ({@link SpeaksFor}). Only the sheet's names are
 * sources; a speaker the sheet does not name ("the mayor put it higher") leaves the figure unsourced.
 */
final class SourceFinder {

    /** The source a figure is attributed to (a sheet name, or null) and whether the article cites anyone. */
    record Attribution(String source, boolean cited) {
        static final Attribution NONE = new Attribution(null, false);
    }

    /** The score of a name cited by the speaker, which no other cue beats. */
    private static final long CITED = -2;

    private final MentionsByOffset mentions;
    private final Predicate<String> estimating;
    private final SpeaksFor speaksFor;
    private final PassageSources passage;

    /**
     * @param named   where the article names the sheet's sources
     * @param sources the sheet's sources, whose words a role noun may take up ("the agency")
     * @param titled  where a title noun alone names a person who is a source ("the governor")
     * @param person  which mentions name a person, whom "she" and "his" take up
     * @param estimating whether a source has estimates on the sheet (else a person in it may speak for one that has)
     */
    SourceFinder(Document document, List<Mention> named, List<Name> sources, List<Mention> titled, Predicate<Mention> person,
                 Predicate<String> estimating) {
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
        this.estimating = estimating;
        this.speaksFor = new SpeaksFor(document, all, mentions, estimating);
        this.passage = new PassageSources(document, mentions, person);
    }

    /**
     * @param counts the other figures of the sentence: an "according to X" that closes one of them
     *               before this figure is theirs, when this figure has a source of its own after it
     */
    Attribution find(Span sentence, List<Words.Word> words, Span count, List<Span> counts) {
        int countIndex = Words.indexAt(words, count.start());
        int clauseStart = SourceClause.start(words, countIndex);
        int clauseEnd = SourceClause.end(words, countIndex);
        boolean clauseHasVerb = AttributionCues.hasReportVerb(words, clauseStart, clauseEnd);
        Mention best = null;
        long bestScore = Long.MAX_VALUE;
        for (Mention m : mentions.within(sentence)) {
            int mi = Words.indexAt(words, m.span().start());
            int mEnd = Words.indexAt(words, m.span().end());
            if (Citing.cited(words, mi) && estimating.test(speaksFor.sourceOf(m))) {
                best = bestScore > CITED ? m : best; // "X said, citing Y": the figure Y gives, X passes on
                bestScore = Math.min(bestScore, CITED);
                continue;
            }
            if (!AttributionCues.cued(words, mi, mEnd) && !GappedSource.cued(words, mi, mEnd)) {
                continue;
            }
            int verbAfter = AttributionCues.onlyVerbAfter(words, mi, mEnd);
            if (verbOfAnother(sentence, words, m, verbAfter) || verbAfter >= 0 && SourceClause.objectOfSaying(words, mi, mEnd)) {
                continue; // "X's shelters took in 40, Y said", "Y certified X, confirming 40": the verb is Y's
            }
            if (SiblingClause.closedBefore(words, mi, mEnd, countIndex)) {
                continue; // "Y said that X understated it, and that 900 would go": Y's
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
            long score = (sameClause ? 0 : 100_000L) + (closesAnother || introducesLater ? 50_000L : 0)
                + 1_000L * SourceClause.commasBetween(words, from, Math.max(mi, countIndex)) + Math.max(0, distance);
            if (m.span().start() >= count.end() && AttributionCues.accordingTo(words, mi) && !SourceClause.opensClause(words, mi)) {
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
            return new Attribution(speaksFor.sourceOf(best), true);
        }
        if (PronounSpeakers.any(words, clauseStart, clauseEnd)) {
            Mention previous = PronounSpeakers.personal(words, clauseStart, clauseEnd)
                ? passage.lastPersonBefore(sentence.start()) : null;
            previous = previous != null ? previous : passage.lastMentionBefore(sentence.start());
            return previous == null ? new Attribution(null, true) : new Attribution(speaksFor.sourceOf(previous), true);
        }
        if (clauseHasVerb) {
            return new Attribution(null, true);
        }
        return Attribution.NONE;
    }

    /**
     * Whether the verb of saying at word {@code verb} (-1: none) has another source as its subject, named between
     * the mention and the verb and standing right before it ("..., the agency said", "..., Y officials said").
     */
    private boolean verbOfAnother(Span sentence, List<Words.Word> words, Mention m, int verb) {
        if (verb < 0) {
            return false;
        }
        for (Mention other : mentions.within(sentence)) {
            if (other.span().start() < m.span().end() || other.name().equals(m.name())) {
                continue;
            }
            int end = Words.indexAt(words, other.span().end());
            int gap = verb - end;
            if (end <= verb && gap <= 1 && (gap == 0 || SpeaksFor.speakerWord(words.get(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sheet source is written over {@code word} of {@code sentence} ("Volta" in "300 Volta customers"). */
    boolean names(Span sentence, Span word) {
        return mentions.within(sentence).stream().anyMatch(m -> m.span().overlaps(word));
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
            Mention previous = passage.lastMentionBefore(words.get(i).span().start());
            return previous == null ? null : speaksFor.sourceOf(previous);
        }
        Span word = words.get(i).span();
        for (Mention m : mentions.within(sentence)) {
            if (m.span().end() > word.start() && m.span().end() <= word.end()) {
                return m.name();
            }
        }
        return null;
    }

    /** The source cited in an earlier sentence of a sentence's paragraph, the last one cited before it, or null. */
    String citedEarlierInParagraph(Span sentence) {
        return citedBefore(sentence, 0);
    }

    /** The source cited last before a sentence, in its paragraph or up to {@code back} paragraphs before, or null. */
    String citedBefore(Span sentence, int back) {
        Mention cited = passage.citedBefore(sentence, back);
        return cited == null ? null : speaksFor.sourceOf(cited);
    }
}

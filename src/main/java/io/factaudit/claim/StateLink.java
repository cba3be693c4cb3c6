package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import java.util.List;

/**
 * A state's words tied to the subject they are said of, in one sentence: the subject before them
 * with only words of the verb group ({@link StateVerbGroup}: auxiliaries, adverbs, negations, modal
 * and reporting words, "are reported to be") or an aside between commas in between ({@link
 * StateSubject}: "North Korean soldiers have already clashed with ...", "troops, most of them from
 * the 11th Corps, moved into Kursk"), the subject of an absolute phrase ("with the curfew in
 * force"), or, for a state said with a verb, the subject as its object ({@link StateObject}: "are
 * fighting North Korean units").
 *
 * @param subject   the reference to the subject
 * @param first     the state's first word
 * @param last      the state's last word
 * @param start     the claim's first word
 * @param modality  how the sentence puts the state
 */
record StateLink(SubjectReferences.Reference subject, int first, int last, int start, Modality modality) {

    /** A time named this close after the state joins the claim's words ("moved into Kursk in late October"). */
    private static final int TIME_REACH = 40;

    /** The link of a state's words to the nearest reference before them that links, else to one just after them. */
    static StateLink find(SentenceWords w, List<SubjectReferences.Reference> refs, int first, int last) {
        return find(w, refs, first, last, false);
    }

    /**
     * As {@link #find(SentenceWords, List, int, int)}; {@code verb} when the sheet writes the state
     * as a verb that the sentence inflects ("backs", "reopen" for "backed", "reopened").
     */
    static StateLink find(SentenceWords w, List<SubjectReferences.Reference> refs, int first, int last, boolean verb) {
        SubjectReferences.Reference after = null;
        for (int k = refs.size() - 1; k >= 0; k--) {
            SubjectReferences.Reference before = refs.get(k);
            if (before.last() >= first) {
                if (before.first() > last) {
                    after = before;
                }
                continue;
            }
            int start = StateSubject.linkStart(w, before, first);
            if (start >= 0 && (StateVerbGroup.saidWithVerb(w, first) || StateVerbGroup.hasVerb(w, before.last() + 1, first)
                || StateSubjectPlacement.absolute(w, before.first(), before.last(), first)
                || StateSubjectPlacement.complementOrAside(w, before.first(), before.last(), first)
                || StateSubjectPlacement.objectInto(w, before.first(), before.last(), first))) {
                // an aside between the subject and its verb is not the verb's: "Ria, who was not charged, was freed"
                int gap = start > before.last() ? start : before.last() + 1;
                Modality modality = Modality.of(w, before.first(), gap, first, last);
                if (modality.assertion().isClaim() && StateIrrealis.applies(w, before.first(), before.last(), first)) {
                    modality = new Modality(Modality.Assertion.FORECAST, -1);
                }
                return new StateLink(before, first, last, claimStart(w, before, start, modality), modality);
            }
        }
        if (after != null && StateObject.isObject(w, first, last, after, verb)) {
            return new StateLink(after, first, last, first, Modality.of(w, first, first, first, after.last()));
        }
        return null;
    }

    /**
     * Where the claim's words start: at a denial before the subject, from its clause's start ("We've
     * not yet seen these troops ..."); at the verb after "them" ("about 8,000 of them are ...");
     * at "with" before the subject of an absolute phrase.
     */
    private static int claimStart(SentenceWords w, SubjectReferences.Reference subject, int start, Modality modality) {
        if (start != subject.first()) {
            return start;
        }
        if (modality.cue() >= 0) {
            int clause = Modality.clauseStart(w, modality.cue());
            return modality.cue() - clause <= 3 ? Math.min(clause, start) : Math.min(modality.cue(), start);
        }
        int with = StateSubjectPlacement.withBefore(w, subject.first());
        if (with >= 0) {
            return with;
        }
        return !subject.explicit() && w.lower(subject.first()).equals("them") ? subject.last() + 1 : start;
    }

    /** The claim's words: from the subject (or the word that denies) through the state, and its time. */
    Span span(SentenceWords w, DateMention time) {
        int from = start;
        int to = Math.max(last, subject.last());
        Span span = w.span(from, to);
        if (time != null && time.span().start() >= span.end() && time.span().start() - span.end() < TIME_REACH) {
            span = span.union(time.span());
        }
        return span;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;

/**
 * The subject is (or, negated, is not yet) in a milestone's state: "are fighting", "have not yet
 * engaged in combat"; or, ended, was in it and is no more: "are no longer fighting", "stopped fighting".
 *
 * @param negated whether the state is denied at the claim's time (for an ended state as well)
 * @param ended   whether the sentence says the state held before and holds no more
 * @param time the time the sentence gives for the state ("moved into Kursk in late October"), or
 *             null: the state is then said of the article's date
 */
public record StateClaim(Span span, String text, String subject, String state, boolean negated, DateMention time,
                         boolean ended) implements Claim {

    /** A state claim that says nothing of an end: the state is, or is not yet. */
    public StateClaim(Span span, String text, String subject, String state, boolean negated, DateMention time) {
        this(span, text, subject, state, negated, time, false);
    }

    @Override
    public String kind() {
        return "state";
    }
}

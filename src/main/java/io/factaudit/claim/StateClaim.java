package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.text.date.DateMention;

/**
 * The subject is (or, negated, is not yet) in a milestone's state: "are fighting", "have not yet
 * engaged in combat".
 *
 * @param time the time the sentence gives for the state ("moved into Kursk in late October"), or
 *             null: the state is then said of the article's date
 */
public record StateClaim(Span span, String text, String subject, String state, boolean negated, DateMention time)
    implements Claim {

    @Override
    public String kind() {
        return "state";
    }
}

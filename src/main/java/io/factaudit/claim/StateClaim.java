package io.factaudit.claim;

import io.factaudit.article.Span;

/** The subject is (or, negated, is not yet) in a milestone's state: "are fighting", "have not yet engaged in combat". */
public record StateClaim(Span span, String text, String subject, String state, boolean negated) implements Claim {

    @Override
    public String kind() {
        return "state";
    }
}

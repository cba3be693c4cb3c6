package io.factaudit.claim;

import io.factaudit.article.Span;

/** Something an article says about the sheet's names, located in its text. */
public sealed interface Claim permits CountClaim, StateClaim, QuoteClaim, TitleClaim, EventDateClaim {

    /** Where the claim's words stand in the article's text. */
    Span span();

    /** The claim's words as they stand in the article. */
    String text();

    /** {@code count}, {@code state}, {@code quote}, {@code title} or {@code event-date}. */
    String kind();
}

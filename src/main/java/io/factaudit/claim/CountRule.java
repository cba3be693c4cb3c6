package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * A reason to set aside a number that counts something: it is a count, but not the claim a sheet
 * checks (another owner's, a casualty figure, an increment, speculation, a denial, a sum).
 */
interface CountRule {

    /** What the rule is called in {@code explain}. */
    String name();

    /** The words that set the number aside, or null when the rule does not apply. */
    Span setsAside(CountSentence sentence, CountedNumber number);
}

package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * A title written next to a name: before it ("Defense Secretary"), after it in apposition
 * ("the NIS director"), or both sides of a comma ("Ukraine's military intelligence chief, Lt. Gen.").
 *
 * @param span  the title's words (for one before a comma, from the first word to the last before the name)
 * @param title the title as written, or as a relative clause says it ("chair of the subcommittee" for
 *              "who chairs the subcommittee")
 * @param clause the title is said by a relative clause, a claim of its own about the person named
 */
public record TitlePhrase(Span span, String title, boolean clause) {

    public TitlePhrase(Span span, String title) {
        this(span, title, false);
    }
}

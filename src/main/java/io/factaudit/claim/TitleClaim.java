package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * A title written next to a person's name: "Secretary of State Antony Blinken".
 *
 * @param person  the sheet person
 * @param title   the title as written
 * @param written the name as written (it may be misspelled)
 */
public record TitleClaim(Span span, String text, String person, String title, String written) implements Claim {

    @Override
    public String kind() {
        return "title";
    }
}

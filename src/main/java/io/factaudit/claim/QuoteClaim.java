package io.factaudit.claim;

import io.factaudit.article.Span;

/**
 * Quoted words and who the article says spoke them.
 *
 * @param words   the quoted words, joined across the pieces an attribution splits them into
 * @param speaker the sheet person the article attributes them to, or the words naming another
 *                speaker, or null when the article names none
 */
public record QuoteClaim(Span span, String text, String words, String speaker) implements Claim {

    @Override
    public String kind() {
        return "quote";
    }
}

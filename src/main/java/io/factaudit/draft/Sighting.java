package io.factaudit.draft;

import io.factaudit.article.Article;
import io.factaudit.claim.Claim;
import io.factaudit.language.Document;
import java.time.LocalDate;

/** A claim read in one article of the corpus. */
public record Sighting(Document document, Claim claim) {

    public Article article() {
        return document.article();
    }

    public LocalDate published() {
        return article().published();
    }

    public Citation citation() {
        return new Citation(article().path(), article().positionOf(claim.span().start()).line(), published(), claim.text());
    }
}

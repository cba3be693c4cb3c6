package io.factaudit.draft;

import io.factaudit.article.Article;
import io.factaudit.claim.Claim;
import io.factaudit.language.Document;
import java.time.LocalDate;

/**
 * A claim read in one article.
 *
 * @param document the article's reading, when it is at hand (null for claims taken from an audit's results)
 */
public record Sighting(Article article, Document document, Claim claim) {

    public LocalDate published() {
        return article.published();
    }

    public Citation citation() {
        return new Citation(article.path(), article.positionOf(claim.span().start()).line(), published(), claim.text());
    }
}

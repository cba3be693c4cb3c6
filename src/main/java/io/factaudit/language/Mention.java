package io.factaudit.language;

import io.factaudit.article.Span;

/** A place where an article writes one of the sheet's names (or one of its aliases). */
public record Mention(String name, String spelling, Span span) {
}

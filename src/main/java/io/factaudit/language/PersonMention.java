package io.factaudit.language;

import io.factaudit.article.Span;

/**
 * A place where a text names a person.
 *
 * @param span   the name as written
 * @param person who it is: a sheet person's name, or the person's full name as the text first gives it
 */
public record PersonMention(Span span, String person) {
}

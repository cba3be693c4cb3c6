package io.factaudit.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article as the audit reads it.
 *
 * @param path      the article's path relative to the project root, '/' separated (as reported)
 * @param text      the text the harness reads (for HTML, the extracted text)
 * @param published the publication date, or null when the article is undated
 * @param lines     where each text offset stands in the file
 */
public record Article(String path, String text, LocalDate published, LineMap lines) {

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public TextPosition positionOf(int offset) {
        return lines.positionOf(offset);
    }

    public String textOf(Span span) {
        return text.substring(span.start(), span.end());
    }
}

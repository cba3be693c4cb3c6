package io.factaudit.article;

import java.time.LocalDate;

/**
 * The text of an article file as the audit reads it, before its date is settled.
 *
 * @param text     what the claim readers read
 * @param lines    where each offset of the text stands in the file
 * @param declared the publication date the file's own metadata declares (Markdown front matter,
 *                 HTML meta tags), or null
 */
record ArticleText(String text, LineMap lines, LocalDate declared) {
}

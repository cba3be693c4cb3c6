package io.factaudit.spark;

import io.factaudit.article.Article;
import io.factaudit.article.Dateline;
import io.factaudit.article.LineMap;
import io.factaudit.input.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An article given as a row of a table (its text already extracted): lines and columns are those
 * of the text as given. The date is the row's {@code published} (an ISO date, or a timestamp whose
 * date is taken), else a dateline in the text's first lines, as for a file without a sidecar.
 */
final class TableArticle {

    private TableArticle() {
    }

    static Optional<Article> read(String path, String text, String published, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add(path, 0, "the table gives this article no text: there is nothing to audit; give the row its"
                + " text, or remove it");
            return Optional.empty();
        }
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            String day = published.strip();
            try {
                date = LocalDate.parse(day.length() > 10 && day.charAt(10) == 'T' || day.length() > 10 && day.charAt(10) == ' '
                    ? day.substring(0, 10) : day);
            } catch (DateTimeParseException e) {
                problems.add(path, 0, "the table's published date \"" + published + "\" is not a date: write it as"
                    + " 2024-10-23; the date is taken from the article itself, if it gives one");
            }
        }
        if (date == null) {
            date = Dateline.find(text).orElse(null);
        }
        return Optional.of(new Article(path, text, date, LineMap.of(text)));
    }
}

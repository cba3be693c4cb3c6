package io.factaudit.article;

import static io.factaudit.article.ArticleReaderTest.positionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown articles: front matter is metadata, syntax is not words, positions stay in the file. */
class MarkdownArticleTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_leave_front_matter_out_of_the_text_but_count_its_lines() throws IOException {
        Article article = read("""
            ---
            title: "Seoul: 3,000 troops"
            published: 2024-10-23
            tags: [korea, russia]
            ---
            Seoul says 3,000 North Korean troops are in Russia.
            """);

        assertThat(article.text()).isEqualTo("Seoul says 3,000 North Korean troops are in Russia.\n");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(6, 18));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_front_matter_with_windows_line_ends_quotes_times_and_a_date_key() throws IOException {
        Article article = read("---\r\ndate: '2024-10-24T08:00:00+09:00'  \r\n...\r\nSeoul says 3,000 North Korean troops.");

        assertThat(article.text()).isEqualTo("Seoul says 3,000 North Korean troops.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 24));
        assertThat(positionOf(article, "Seoul")).isEqualTo(new TextPosition(4, 1));
    }

    @Test
    void should_take_the_sidecar_date_before_the_front_matter_and_the_front_matter_before_the_dateline()
        throws IOException {
        String markdown = "---\npublished: 2024-10-23\n---\nThursday, October 24, 2024\n\n3,000 North Korean troops\n";
        assertThat(read(markdown).published()).isEqualTo(LocalDate.of(2024, 10, 23));

        Files.writeString(dir.resolve("corpus/story.json"), "{\"published\": \"2024-10-25\"}");
        assertThat(read(markdown).published()).isEqualTo(LocalDate.of(2024, 10, 25));
    }

    @Test
    void should_name_an_impossible_front_matter_date_and_fall_back_to_the_dateline() throws IOException {
        Article article = read("---\ntitle: x\npublished: 2024-13-45\n---\nOct. 23, 2024\n\n3,000 North Korean troops\n");

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("corpus/story.md:3: problem: the front matter's published is \"2024-13-45\","
            + " which is not a date (there is no month 13): write it as YYYY-MM-DD, like 2024-10-23; it is ignored");
    }

    @Test
    void should_read_an_unclosed_front_matter_as_text_and_say_so() throws IOException {
        Article article = read("---\npublished: 2024-10-23\n3,000 North Korean troops\n");

        assertThat(article.text()).isEqualTo("\npublished: 2024-10-23\n3,000 North Korean troops\n");
        assertThat(positionOf(article, "3,000")).isEqualTo(new TextPosition(3, 1));
        assertThat(article.published()).as("\"published: 2024-10-23\" read as a dateline").isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("corpus/story.md:1: problem: the front matter that opens on line 1 is"
            + " never closed by a line \"---\": close it, or remove the first line; the whole file was read as the"
            + " article's text");
    }

    @Test
    void should_remove_markdown_syntax_and_keep_the_words_where_they_are() throws IOException {
        Article article = read("""
            # Seoul counts **3,000** North Korean troops
            > Kyiv says _more_ [North Korean troops](https://example.org/a_b) arrived.
            ![map](map.png) Pyongyang's `KPA troops` <!-- a note --> stay; snake_case and 3 * 4 stay.
            * a list item
            ***
            [ref]: https://example.org
            """);

        assertThat(article.text()).isEqualTo("""
            Seoul counts 3,000 North Korean troops
            Kyiv says more North Korean troops arrived.
             Pyongyang's KPA troops  stay; snake_case and 3 * 4 stay.
            * a list item


            """);
        assertThat(positionOf(article, "3,000")).isEqualTo(new TextPosition(1, 18));
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, 26));
        assertThat(positionOf(article, "more")).isEqualTo(new TextPosition(2, 14));
        assertThat(article.positionOf(article.text().indexOf("North", 40))).isEqualTo(new TextPosition(2, 21));
        assertThat(positionOf(article, "arrived")).isEqualTo(new TextPosition(2, 67));
        assertThat(positionOf(article, "KPA")).isEqualTo(new TextPosition(3, 30));
    }

    @Test
    void should_drop_a_comment_that_spans_lines() throws IOException {
        Article article = read("Seoul says\n<!-- editor:\n8,000 North Korean troops? -->3,000 North Korean troops\n");

        assertThat(article.text()).isEqualTo("Seoul says\n\n3,000 North Korean troops\n");
        assertThat(positionOf(article, "3,000")).isEqualTo(new TextPosition(3, 31));
    }

    @Test
    void should_refuse_an_article_of_front_matter_alone() {
        assertThatThrownBy(() -> read("---\npublished: 2024-10-23\n---\n\n"))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/story.md: problem: the article holds only front matter or markup: there is nothing to"
                + " audit; give it its text, or remove the file");
    }

    private Article read(String markdown) throws IOException {
        Path file = Files.createDirectories(dir.resolve("corpus")).resolve("story.md");
        Files.writeString(file, markdown);
        return new ArticleReader().read(file, "corpus/story.md", problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }
}

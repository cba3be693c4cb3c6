package io.factaudit.article;

import static io.factaudit.article.ArticleReaderTest.positionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages: the text a reader sees, one block per line, every character at its place in the file. */
class HtmlArticleTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_read_only_what_a_reader_sees() throws IOException {
        Article article = read("""
            <!DOCTYPE html>
            <html><head><title>Not the text</title>
            <style>p { color: red }</style>
            <script>alert(1); var troops = "8,000 North Korean troops";</script>
            </head>
            <body>
            <!-- 9,000 North Korean troops, in a comment -->
            <h1>Seoul counts   3,000
               North Korean troops</h1>
            <p>Kyiv <b>agrees</b>.<img src=x onerror=alert(1)><noscript>Enable scripts</noscript></p>
            <div hidden>hidden text</div><div style="display: none">also hidden</div>
            <template><p>a template</p></template>
            </body></html>
            """);

        assertThat(article.text()).isEqualTo("Seoul counts 3,000 North Korean troops\nKyiv agrees.");
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(9, 4));
        assertThat(positionOf(article, "agrees")).isEqualTo(new TextPosition(10, 12));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_put_each_block_on_its_own_line_and_keep_inline_elements_in_line() throws IOException {
        Article article = read("<div><p>One</p><p>Two <i>and</i> <a href='#'>more</a></p>Three<br>Four"
            + "<ul><li>Five</li><li>Six</li></ul><table><tr><td>Seven</td><td>Eight</td></tr></table></div>");

        assertThat(article.text()).isEqualTo("One\nTwo and more\nThree\nFour\nFive\nSix\nSeven\nEight");
    }

    @Test
    void should_decode_entities_and_place_the_words_after_them_in_the_file() throws IOException {
        Article article = read("<p>Seoul&nbsp;&amp; Kyiv &#8220;agree&#8221;: &copy;3,000&#8203; North&#x20;Korean troops</p>");

        assertThat(article.text()).isEqualTo("Seoul & Kyiv \u201cagree\u201d: \u00a93,000 North Korean troops");
        assertThat(positionOf(article, "Kyiv")).isEqualTo(new TextPosition(1, 21));
        assertThat(positionOf(article, "agree")).isEqualTo(new TextPosition(1, 33));
        assertThat(positionOf(article, "3,000")).isEqualTo(new TextPosition(1, 53));
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, 66));
        assertThat(positionOf(article, "Korean")).isEqualTo(new TextPosition(1, 77));
    }

    @Test
    void should_place_the_text_after_a_self_closed_paragraph() throws IOException {
        Article article = read("<p>Seoul said</p>\n<p/>3,000 North Korean troops<p/>");

        assertThat(article.text()).isEqualTo("Seoul said\n3,000 North Korean troops");
        assertThat(positionOf(article, "3,000")).isEqualTo(new TextPosition(2, 5));
        assertThat(positionOf(article, "troops")).isEqualTo(new TextPosition(2, 24));
    }

    @Test
    void should_keep_the_lines_of_preformatted_text() throws IOException {
        Article article = read("<pre>\nSeoul:\r\n  3,000 North Korean troops</pre>");

        assertThat(article.text()).isEqualTo("Seoul:\r\n  3,000 North Korean troops");
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(3, 9));
    }

    @Test
    void should_read_deeply_nested_markup_without_overflowing() throws IOException {
        int depth = 20_000;
        Article article = read("<div>".repeat(depth) + "3,000 North Korean troops" + "</div>".repeat(depth));

        assertThat(article.text()).isEqualTo("3,000 North Korean troops");
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, depth * 5 + 7));
    }

    @Test
    void should_take_the_date_from_the_pages_meta_tags() throws IOException {
        Article article = read("<head><meta property=\"article:published_time\" content=\"2024-10-23T22:10:00+09:00\">"
            + "</head><p>Thursday, October 24, 2024</p><p>3,000 North Korean troops</p>");

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
    }

    @Test
    void should_take_the_date_from_json_linked_data() throws IOException {
        Article article = read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\":"
            + " \"2024-10-22\"}</script><p>3,000 North Korean troops</p>");

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 22));
    }

    @Test
    void should_name_an_impossible_meta_date_and_fall_back_to_the_dateline() throws IOException {
        Article article = read("<html>\n<head>\n<meta name=\"date\" content=\"2024-02-30\">\n</head>"
            + "<body><p>Oct. 23, 2024</p><p>3,000 North Korean troops</p></body></html>");

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(messages()).containsExactly("corpus/page.html:3: problem: the page declares its publication date as"
            + " \"2024-02-30\", which is not a date (there is no day 30 in February 2024): write it as YYYY-MM-DD, like"
            + " 2024-10-23; the value is ignored");
    }

    @Test
    void should_prefer_the_sidecar_to_the_pages_own_date() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/page.json"), "{\"published\": \"2024-10-30\"}");
        Article article = read("<meta name=\"date\" content=\"2024-10-23\"><p>3,000 North Korean troops</p>");

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 30));
    }

    @Test
    void should_use_the_charset_a_page_declares_when_it_is_not_utf8() throws IOException {
        String html = "<meta charset=\"iso-8859-1\"><p>Pr\u00e9sident: \u201c3,000 North Korean troops\u201d</p>";
        Article article = readBytes(html.getBytes(Charset.forName("windows-1252")));

        assertThat(article.text()).isEqualTo("Pr\u00e9sident: \u201c3,000 North Korean troops\u201d");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_refuse_a_page_with_no_visible_text() {
        assertThatThrownBy(() -> read("<html><head><title>Empty</title><script>var x = 1;</script></head>"
            + "<body><!-- nothing --></body></html>"))
            .isInstanceOf(InputException.class)
            .hasMessage("corpus/page.html: problem: the page holds no text a reader would see (only markup, scripts,"
                + " styles or comments): there is nothing to audit; export the article's text, or remove the file");
    }

    private Article read(String html) throws IOException {
        return readBytes(html.getBytes(StandardCharsets.UTF_8));
    }

    private Article readBytes(byte[] bytes) throws IOException {
        Path file = Files.createDirectories(dir.resolve("corpus")).resolve("page.html");
        Files.write(file, bytes);
        return new ArticleReader().read(file, "corpus/page.html", problems);
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }
}

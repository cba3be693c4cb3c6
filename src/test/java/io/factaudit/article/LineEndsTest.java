package io.factaudit.article;

import static io.factaudit.article.ArticleReaderTest.positionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line and column of a known word stay right whatever ends the lines, in every encoding. */
class LineEndsTest {

    private static final String[] LINES = {"Kursk, Russia", "", "Seoul says", "  3,000 North Korean troops arrived."};

    @TempDir
    Path dir;

    @Test
    @DisplayName("line feeds (Unix, macOS)")
    void should_count_line_feeds() throws IOException {
        assertTroopsAtLine4Column9(String.join("\n", LINES), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("carriage return + line feed (Windows)")
    void should_count_crlf_as_one_line_end() throws IOException {
        assertTroopsAtLine4Column9(String.join("\r\n", LINES), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("lone carriage returns (classic Mac OS)")
    void should_count_lone_carriage_returns() throws IOException {
        assertTroopsAtLine4Column9(String.join("\r", LINES), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a mix of all three in one file")
    void should_count_mixed_line_ends() throws IOException {
        assertTroopsAtLine4Column9(LINES[0] + "\r\n" + LINES[1] + "\r" + LINES[2] + "\n" + LINES[3], StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("CRLF in UTF-16 with a byte order mark")
    void should_count_crlf_in_utf16() throws IOException {
        assertTroopsAtLine4Column9("\ufeff" + String.join("\r\n", LINES), StandardCharsets.UTF_16LE);
    }

    @Test
    @DisplayName("lone CR in Windows-1252")
    void should_count_lone_carriage_returns_in_windows_1252() throws IOException {
        assertTroopsAtLine4Column9(String.join("\r", LINES).replace("Seoul says", "Seoul says \u2014"),
            Charset.forName("windows-1252"));
    }

    @Test
    @DisplayName("Unicode line and paragraph separators end paragraphs, not file lines")
    void should_split_paragraphs_at_unicode_separators_without_changing_file_lines() throws IOException {
        Article article = write("Seoul says\u2029Kyiv says 3,000 North Korean troops", StandardCharsets.UTF_8);

        assertThat(article.text()).isEqualTo("Seoul says\nKyiv says 3,000 North Korean troops");
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(1, 28));
    }

    private void assertTroopsAtLine4Column9(String content, Charset charset) throws IOException {
        Article article = write(content, charset);

        assertThat(article.text()).isEqualTo(content.replace("\ufeff", ""));
        assertThat(positionOf(article, "North")).isEqualTo(new TextPosition(4, 9));
        assertThat(positionOf(article, "Seoul")).isEqualTo(new TextPosition(3, 1));
    }

    private Article write(String content, Charset charset) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.write(file, content.getBytes(charset));
        return new ArticleReader().read(file, "a.txt", new Problems());
    }
}

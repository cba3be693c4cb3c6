package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enormous articles are read within bounds: generated here, never committed. */
class LargeArticleTest {

    private static final String TAIL = " Seoul says 3,000 North Korean troops.";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_read_a_ten_megabyte_line_whole_with_the_right_column() throws IOException {
        int filler = 10 * 1024 * 1024;
        Path file = dir.resolve("line.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] words = "word ".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < filler / words.length; i++) {
                out.write(words);
            }
            out.write(TAIL.getBytes(StandardCharsets.US_ASCII));
        }

        Article article = new ArticleReader().read(file, "line.txt", problems);

        assertThat(article.text()).hasSize(filler + TAIL.length()).endsWith(TAIL);
        assertThat(article.positionOf(article.text().lastIndexOf("North"))).isEqualTo(new TextPosition(1, filler + 19));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_read_only_the_first_16_megabytes_of_a_50_megabyte_file_and_say_so() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] line = ("Line of an enormous export:" + TAIL + "\n").getBytes(StandardCharsets.US_ASCII);
        long size = 50L * 1024 * 1024;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long written = 0; written < size; written += line.length) {
                out.write(line);
            }
        }

        Article article = new ArticleReader().read(file, "huge.txt", problems);

        int linesRead = 16 * 1024 * 1024 / line.length;
        assertThat(article.text()).hasSize(linesRead * line.length).endsWith(TAIL + "\n");
        assertThat(article.positionOf(article.text().lastIndexOf("North"))).isEqualTo(new TextPosition(linesRead, 46));
        assertThat(problems.all()).extracting(Problem::format).containsExactly("huge.txt:" + linesRead + ": problem: the"
            + " article is 50.0 MB, more than the 16 MB the audit reads of one file; it was audited up to this line only:"
            + " split it into one file per article");
    }

    @Test
    void should_cut_an_oversized_single_line_between_characters() throws IOException {
        Path file = dir.resolve("accents.txt");
        Files.writeString(file, "\u00e9t\u00e9 ".repeat(400), StandardCharsets.UTF_8); // 2,400 bytes, one line

        Article article = new ArticleReader(1001, 1001).read(file, "accents.txt", problems);
        Article cutInside = new ArticleReader(1000, 1000).read(file, "accents.txt", new Problems());

        assertThat(cutInside.text()).isEqualTo("\u00e9t\u00e9 ".repeat(166) + "\u00e9t");

        assertThat(article.text()).isEqualTo("\u00e9t\u00e9 ".repeat(166) + "\u00e9t\u00e9");
        assertThat(problems.all()).extracting(Problem::format).containsExactly("accents.txt:1: problem: the article is"
            + " 0.0 MB, more than the 0.0 MB the audit reads of one file; it was audited up to this line only: split it"
            + " into one file per article");
    }

    @Test
    void should_cut_an_html_page_saved_as_text_at_the_html_limit() throws IOException {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, "<!DOCTYPE html>\n" + "<p>Seoul says 3,000 North Korean troops.</p>\n".repeat(100));

        Article article = new ArticleReader(100_000, 476).read(file, "page.txt", problems);

        assertThat(article.text().lines()).hasSize(10);
        assertThat(problems.all()).extracting(Problem::line).containsExactly(11);
    }

    @Test
    void should_cut_an_oversized_html_page_at_its_own_limit() throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<p>Seoul says 3,000 North Korean troops.</p>\n".repeat(100));

        Article article = new ArticleReader(100_000, 460).read(file, "page.html", problems);

        assertThat(article.text().lines()).hasSize(10).allMatch(l -> l.equals("Seoul says 3,000 North Korean troops."));
        assertThat(problems.all()).extracting(Problem::line).containsExactly(10);
    }
}

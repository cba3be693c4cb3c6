package io.factaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.article.TextPosition;
import io.factaudit.input.InputException;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * An article file holding any bytes at all, read as plain text, Markdown and HTML, with and
 * without a sidecar: the reader gives an article whose every offset has a place in the file, or
 * an {@link InputException} naming the file; nothing else escapes it.
 *
 * <p>An input holding a form feed is a sidecar (the bytes before it) and an article (the bytes after
 * it); an input without one is an article alone.
 */
@Tag("fuzz")
class ArticleReaderFuzzTest {

    private static final byte SIDECAR_END = '\f';
    private static final List<String> KINDS = List.of("txt", "md", "html");
    private static final int MAX_CHECKED_OFFSETS = 4_096;
    private static final ArticleReader READER = new ArticleReader();
    private static Path folder;

    @BeforeAll
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("fact-audit-article-fuzz");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        TempFolders.delete(folder);
    }

    @DictionaryEntries({
        "<p>",
        "</p>",
        "<script>",
        "</script>",
        "<br>",
        "&amp;",
        "&#8220;",
        "<!--",
        "---",
        "published: 2024-10-23",
        "October 23, 2024"})
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void should_read_the_article_or_name_the_problem(byte[] input) throws IOException {
        int split = indexOf(input, SIDECAR_END);
        byte[] bytes = split < 0 ? input : Arrays.copyOfRange(input, split + 1, input.length);
        Path sidecar = folder.resolve("article.json");
        if (split < 0) {
            Files.deleteIfExists(sidecar);
        } else {
            Files.write(sidecar, Arrays.copyOfRange(input, 0, split));
        }
        for (String kind : KINDS) {
            Path file = folder.resolve("article." + kind);
            Files.write(file, bytes);
            readOne(file, "corpus/article." + kind, bytes);
            Files.delete(file);
        }
    }

    private static void readOne(Path file, String display, byte[] bytes) {
        Problems problems = new Problems();
        try {
            Article article = READER.read(file, display, problems);
            assertThat(article.path()).isEqualTo(display);
            assertThat(article.text()).as("the text of a read article").isNotBlank();
            positionsLieInTheFile(article, bytes);
        } catch (InputException e) {
            Invariants.problemIsNamed(e.problem(), Set.of(display));
        }
        Invariants.problemsAreNamed(problems, Set.of(display, "corpus/article.json"));
    }

    /** Every offset of the text has a line and column, and none points past the file's end. */
    private static void positionsLieInTheFile(Article article, byte[] bytes) {
        int lineBreaks = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lineBreaks++;
            }
        }
        int length = article.text().length();
        int step = Math.max(1, length / MAX_CHECKED_OFFSETS);
        for (int offset = 0; offset <= length; offset += step) {
            positionLiesInTheFile(article.positionOf(offset), offset, lineBreaks + 1, bytes.length + 1);
        }
        positionLiesInTheFile(article.positionOf(length), length, lineBreaks + 1, bytes.length + 1);
    }

    private static void positionLiesInTheFile(TextPosition p, int offset, int lines, int columns) {
        assertThat(p.line()).as("the line of offset %d", offset).isBetween(1, lines);
        assertThat(p.column()).as("the column of offset %d", offset).isBetween(1, columns);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}

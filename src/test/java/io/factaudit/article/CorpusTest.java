package io.factaudit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking a corpus: sorted articles, and every folder or file that cannot be walked named and skipped. */
class CorpusTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void should_list_every_article_below_the_folder_in_path_order_and_nothing_else() throws IOException {
        Path corpus = folder("corpus");
        touch(corpus.resolve("b.txt"));
        touch(corpus.resolve("a.MD"));
        touch(corpus.resolve("sub/c.html"));
        touch(corpus.resolve("sub/d.htm"));
        touch(corpus.resolve("a.json"));
        touch(corpus.resolve("notes.docx"));
        touch(corpus.resolve(".hidden.txt"));
        touch(corpus.resolve("._b.txt"));
        touch(corpus.resolve(".git/e.txt"));
        touch(corpus.resolve("README.md"));

        assertThat(Corpus.files(corpus, problems)).containsExactly(corpus.resolve("a.MD"), corpus.resolve("b.txt"),
            corpus.resolve("sub/c.html"), corpus.resolve("sub/d.htm"));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_name_a_symbolic_link_loop_and_still_list_the_rest() throws IOException {
        Path corpus = folder("corpus");
        touch(corpus.resolve("sub/a.txt"));
        Files.createSymbolicLink(corpus.resolve("sub/loop"), corpus);

        assertThat(Corpus.files(corpus, problems)).containsExactly(corpus.resolve("sub/a.txt"));
        assertThat(messages()).containsExactly(Corpus.display(corpus.resolve("sub/loop")) + ": problem: this symbolic"
            + " link leads back into a folder that contains it (a loop); it was skipped: remove the link, or point it"
            + " outside the corpus");
    }

    @Test
    void should_name_a_link_to_nothing() throws IOException {
        Path corpus = folder("corpus");
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));

        assertThat(Corpus.files(corpus, problems)).isEmpty();
        assertThat(messages()).containsExactly(Corpus.display(corpus.resolve("gone.txt")) + ": problem: this symbolic"
            + " link points to a file that does not exist; it was skipped: fix or remove the link");
    }

    @Test
    void should_audit_a_file_reached_twice_through_a_link_once() throws IOException {
        Path corpus = folder("corpus");
        touch(corpus.resolve("a.txt"));
        Files.createSymbolicLink(corpus.resolve("b.txt"), corpus.resolve("a.txt"));

        assertThat(Corpus.files(corpus, problems)).containsExactly(corpus.resolve("a.txt"));
        assertThat(messages()).containsExactly(Corpus.display(corpus.resolve("b.txt")) + ": problem: this is the same"
            + " file as " + Corpus.display(corpus.resolve("a.txt")) + " (through a symbolic link); it is audited once,"
            + " as " + Corpus.display(corpus.resolve("a.txt")));
    }

    @Test
    void should_name_unreadable_folders_and_files_and_skip_them() throws IOException {
        Path corpus = folder("corpus");
        touch(corpus.resolve("ok.txt"));
        Path locked = touch(corpus.resolve("locked/a.txt")).getParent();
        Path secret = touch(corpus.resolve("secret.txt"));
        assumeTrue(locked.toFile().setReadable(false, false) && secret.toFile().setReadable(false, false)
            && !Files.isReadable(secret), "permissions are not enforced for this user");
        try {
            assertThat(Corpus.files(corpus, problems)).containsExactly(corpus.resolve("ok.txt"));
            assertThat(messages()).containsExactly(
                Corpus.display(locked) + ": problem: the folder cannot be read (permission denied); its articles were"
                    + " skipped: make it readable to the audit",
                Corpus.display(secret) + ": problem: the article cannot be read (permission denied); it was skipped:"
                    + " make the file readable to the audit");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void should_name_a_missing_folder() {
        assertThat(Corpus.files(dir.resolve("nowhere"), problems)).isEmpty();
        assertThat(messages()).containsExactly(Corpus.display(dir.resolve("nowhere")) + ": problem: the folder of"
            + " articles does not exist: check the path, which is relative to the fact sheet's folder");
    }

    @Test
    void should_name_problems_relative_to_the_project_root() throws IOException {
        Path corpus = folder("project/articles");
        Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));

        Corpus.files(corpus, dir.resolve("project"), problems);

        assertThat(problems.all()).extracting(Problem::path).containsExactly("articles/gone.txt");
    }


    @Test
    void should_show_paths_relative_to_the_working_folder() {
        assertThat(Corpus.display(Path.of("features/../seeds/a.txt"))).isEqualTo("seeds/a.txt");
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "3,000 North Korean troops");
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::format).toList();
    }
}

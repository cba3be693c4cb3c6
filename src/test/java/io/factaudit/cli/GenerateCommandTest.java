package io.factaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate: an archive of N articles with two sheets over it, the same for the same N and seed. */
class GenerateCommandTest {

    @TempDir
    Path project;

    @Test
    void should_write_the_articles_with_their_sidecars_and_two_sheets_that_read_without_problems() throws IOException {
        Result r = run("generate", "--articles", "12", "--output", "target/archive");

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains("generated 12 articles", "target/archive/benchmark.feature",
            "target/archive/desk.feature");
        Path archive = project.resolve("target/archive");
        try (Stream<Path> files = Files.list(archive.resolve("corpus"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .hasSize(24).contains("a00000.txt", "a00000.json", "a00011.txt", "a00011.json");
        }
        Problems problems = new Problems();
        assertThat(new FactSheetReader(project).readAll(archive, problems)).extracting(s -> s.uri())
            .contains("target/archive/benchmark.feature", "target/archive/desk.feature");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void should_give_the_same_archive_for_the_same_seed_and_another_for_another() throws IOException {
        run("generate", "--articles", "3", "--output", "one");
        run("generate", "--articles", "3", "--output", "two");
        run("generate", "--articles", "3", "--output", "three", "--seed", "7");

        String first = Files.readString(project.resolve("one/corpus/a00002.txt"));
        assertThat(Files.readString(project.resolve("two/corpus/a00002.txt"))).isEqualTo(first);
        assertThat(Files.readString(project.resolve("three/corpus/a00002.txt"))).isNotEqualTo(first);
    }

    @Test
    void should_say_what_it_takes_when_the_size_or_the_folder_is_missing_or_wrong() {
        assertThat(run("generate", "--articles", "10")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.output()).contains("generate: takes --articles N --output DIR");
        });
        assertThat(run("generate", "--articles", "ten", "--output", "x")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.output()).contains("--articles takes a whole number, not \"ten\"");
        });
        assertThat(run("generate", "--articles", "0", "--output", "x").output()).contains("at least 1");
        assertThat(Files.exists(project.resolve("x"))).isFalse();
    }

    private Result run(String... args) {
        String before = System.getProperty("fact-audit.project");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            System.setProperty("fact-audit.project", project.toString());
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            status = Main.run(args, print, print);
        } finally {
            if (before == null) {
                System.clearProperty("fact-audit.project");
            } else {
                System.setProperty("fact-audit.project", before);
            }
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }
}

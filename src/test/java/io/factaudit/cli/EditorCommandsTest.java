package io.factaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.AuditInCopy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** acknowledge and explain as an editor runs them, in a copy of the project with a second sheet. */
class EditorCommandsTest {

    @TempDir
    Path project;

    private Path acks;

    @BeforeEach
    void copyProject() throws IOException {
        AuditInCopy.copyProject(project);
        acks = project.resolve("features/acknowledgements.json");
        Files.createDirectories(project.resolve("harbour"));
        Files.writeString(project.resolve("harbour/gates.txt"), "Harbour gates stay shut\n"
            + "Mara Quill, who leads the dockers, said: \"We stay at the gates until the port listens.\"\n"
            + "Pickets said 900 dockers had joined by noon, and the port said 2,500 dockers were out.\n");
        Files.writeString(project.resolve("harbour/gates.json"), "{\"published\": \"2025-05-06\"}");
        Files.writeString(project.resolve("features/harbour.feature"), """
            Feature: Harbour dispute

              Background:
                Given the articles in "../harbour"
                And these names:
                  | name     | also written as |
                  | dockers  | dock workers    |
                  | the port | port managers   |
                  | Pickets  | the pickets     |

              Scenario: Dockers out
                Given these estimates of "dockers":
                  | source   | as of      | count |
                  | the port | 2025-05-05 | 400   |
                  | Pickets  | 2025-05-05 | 300   |
                Then every article agrees with these facts

              Scenario: What the leader said
                Given these quotes:
                  | speaker    | date       | words                                                 |
                  | Mara Quill | 2025-05-05 | We stay at the gates until the port authority listens |
                Then every article agrees with these facts
            """);
    }

    private Result run(String... args) {
        String before = System.getProperty("fact-audit.project");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setProperty("fact-audit.project", project.toString());
            status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            if (before == null) {
                System.clearProperty("fact-audit.project");
            } else {
                System.setProperty("fact-audit.project", before);
            }
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }

    @Test
    void acknowledging_one_sheet_keeps_every_other_sheets_entries() throws IOException {
        Result r = run("acknowledge", "--by", "Desk", "--why", "checking", "--sheets", "features/harbour.feature");

        assertThat(r.output()).doesNotContain("removed stale");
        String file = Files.readString(acks);
        assertThat(file).contains("seeds/000_9c47764c68bb23a7.txt", "seeds/002_0dd0eadf4034c5cd.txt", "harbour/gates.txt");
        assertThat(file).contains("\"sheet\" : \"features/harbour.feature\"");
    }

    @Test
    void acknowledge_picks_findings_by_words_and_a_dry_run_changes_nothing() throws IOException {
        String original = Files.readString(acks);

        Result dry = run("acknowledge", "--by", "Desk", "--why", "checking", "--words", "2,500", "--dry-run");

        assertThat(dry.status()).isZero();
        assertThat(dry.output()).contains("would acknowledge harbour/gates.txt:3:").contains("\"2,500 dockers\"")
            .doesNotContain("900 dockers", "would acknowledge harbour/gates.txt:2");
        assertThat(Files.readString(acks)).isEqualTo(original);

        Result picked = run("acknowledge", "--by", "Desk", "--why", "checking", "--article", "harbour/gates.txt",
            "--reason", "altered quote");

        assertThat(picked.output()).contains("acknowledged harbour/gates.txt:2:").doesNotContain("2,500");
        assertThat(Files.readString(acks)).contains("We stay at the gates").doesNotContain("2,500");
        assertThat(run("acknowledge", "--words", "no such words").status()).isNotZero();
    }

    @Test
    void explain_marks_acknowledged_findings_counts_in_english_and_names_a_missing_file() {
        Result seed = run("explain", "seeds/000_9c47764c68bb23a7.txt");

        assertThat(seed.status()).isZero();
        assertThat(seed.output()).contains("1 finding:").doesNotContain("1 findings")
            .contains("[acknowledged] seeds/000_9c47764c68bb23a7.txt:2:65:").contains("acknowledged by Seeds desk")
            .doesNotContain("\u001b[")
            .contains("2:357 \"up to 50,000\" set aside [another owner]: \"mobilized by Russia\"");

        Result missing = run("explain", "seeds/no-such-article.txt");

        assertThat(missing.status()).isNotZero();
        assertThat(missing.output()).contains("seeds/no-such-article.txt: problem: there is no article here");
    }
}

package io.factaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factaudit.article.Sidecar;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** A sidecar holding any bytes at all: its date is read or its problem named, and the audit goes on. */
@Tag("fuzz")
class SidecarFuzzTest {

    private static final String DISPLAY = "corpus/article.json";
    private static Path folder;

    @BeforeAll
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("fact-audit-sidecar-fuzz");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        TempFolders.delete(folder);
    }

    @DictionaryEntries({
        "{\"published\": ",
        "\"2024-10-23\"",
        "\"outlet\"",
        "\"title\"",
        "\"url\"",
        "null",
        "\"@class\"",
        "[",
        "]",
        "}"})
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void should_read_the_date_or_name_the_problem(byte[] bytes) throws IOException {
        Path sidecar = folder.resolve("article.json");
        Files.write(sidecar, bytes);
        Problems problems = new Problems();

        Optional<LocalDate> published = Sidecar.published(sidecar, DISPLAY, problems);

        assertThat(published).isNotNull();
        Invariants.problemsAreNamed(problems, Set.of(DISPLAY));
        if (Invariants.text(bytes).isBlank()) {
            assertThat(published).as("a blank sidecar gives no date").isEmpty();
        }
    }
}

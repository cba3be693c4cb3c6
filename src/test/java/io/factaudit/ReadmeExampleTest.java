package io.factaudit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.AuditInCopy.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first example is what the documented failing audit prints, word for word, and
 * {@code mvn test} leaves that example out.
 */
class ReadmeExampleTest {

    @TempDir
    Path project;

    @Test
    void the_readme_example_is_what_auditing_examples_failing_prints() throws IOException {
        String readme = Files.readString(AuditInCopy.PROJECT.resolve("README.md"));
        int start = readme.indexOf("```\n") + 4;
        String example = readme.substring(start, readme.indexOf("```", start)).strip();
        AuditInCopy.copyProject(project);
        AuditInCopy.copy(AuditInCopy.PROJECT.resolve("examples"), project.resolve("examples"));

        Run failing = AuditInCopy.audit(project, "examples/failing", null);
        Run seeds = AuditInCopy.audit(project);

        assertThat(failing.status()).isNotZero();
        assertThat(failing.output()).contains(example);
        assertThat(seeds.status()).isZero();
        assertThat(seeds.output()).doesNotContain("examples/");
    }
}

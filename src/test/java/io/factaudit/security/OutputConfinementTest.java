package io.factaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths written in sheets and sidecars ("../../etc", absolute paths, names of files elsewhere) are
 * read, reported or ignored, but the audit writes nowhere except its reports under target/fact-audit.
 */
class OutputConfinementTest {

    @TempDir
    Path workspace;

    @Test
    void should_write_only_under_target_whatever_paths_sheets_and_sidecars_hold() throws Exception {
        Path etc = workspace.resolve("etc");
        Files.createDirectories(etc);
        Files.writeString(etc.resolve("hosts.txt"), "October 23, 2024\nAbout 3,000 North Korean troops are in Russia.\n");
        ScratchProject project = new ScratchProject(workspace.resolve("project"))
            .file("features/escape.feature", """
                Feature: ../../etc/feature-name
                  Background:
                    Given these names:
                      | name                | also written as          |
                      | North Korean troops | ../../etc/troops         |
                      | South Korea         | Seoul, ../../../tmp/seoul |

                  Scenario: ../../../escape/scenario
                    Given the articles in "../../etc"
                    And the article "../articles/story.txt"
                    And these estimates of "North Korean troops":
                      | source      | as of      | count       | note                   |
                      | South Korea | 2024-10-23 | about 3,000 | ../../../etc/note.html |
                    Then every article agrees with these facts

                  Scenario: Absolute paths
                    Given the articles in "/etc/../etc"
                    And the articles in "%s"
                    Then every article agrees with these facts
                """.formatted(etc.toAbsolutePath()))
            .file("articles/story.txt", "October 24, 2024\nAbout 50,000 North Korean troops are in Russia, Seoul said.\n")
            .file("articles/story.json", """
                {"published": "2024-10-24", "outlet": "../../../etc/outlet",
                 "title": "../../etc/title.html", "url": "file:///../../etc/url.html",
                 "../../etc/field": "/tmp/absolute"}
                """);
        Map<String, String> before = snapshotOutside(project.root().resolve("target"));

        Path reports = project.auditAndWriteReports();

        assertThat(snapshotOutside(project.root().resolve("target")))
            .as("files outside the project's target/ after the audit").isEqualTo(before);
        assertThat(reports.resolve("report.json")).isRegularFile();
        try (Stream<Path> written = Files.walk(project.root().resolve("target"))) {
            assertThat(written.filter(Files::isRegularFile))
                .as("files the audit wrote").allMatch(p -> p.startsWith(reports));
        }
        assertThat(Files.readString(reports.resolve("report.json"))).as("the audit read the articles")
            .contains("North Korean troops");
    }

    /** Every file in the workspace but the excluded folder, with a digest of its bytes. */
    private Map<String, String> snapshotOutside(Path excluded) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(workspace)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(excluded)).toList()) {
                files.put(workspace.relativize(p).toString(), digest(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

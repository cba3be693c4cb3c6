package io.factaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup written in an article or a sheet reaches every HTML report escaped: it shows as text and
 * nothing in it runs. Checks each .html file the reports writer produces.
 */
class HtmlEscapingTest {

    /** Markup an article or a sheet may hold; none of it may stand in a report as markup. */
    private static final List<String> MARKUP = List.of(
        "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<svg onload=alert(3)>",
        "</script><script>alert(4)</script>", "<iframe src=javascript:alert(5)>", "<b onmouseover=alert(6)>");

    @TempDir
    Path workspace;

    @Test
    void should_escape_what_articles_and_sheets_say_in_every_html_report() throws Exception {
        ScratchProject project = new ScratchProject(workspace)
            .file("features/hostile.feature", """
                Feature: Troops %1$s
                  Background:
                    Given the articles in "../articles"
                    And these names:
                      | name                | also written as       |
                      | North Korean troops | North Korean soldiers |
                      | South Korea         | Seoul                 |

                  Scenario: Estimates %2$s
                    Given these estimates of "North Korean troops":
                      | source      | as of      | count       | note     |
                      | South Korea | 2024-10-23 | about 3,000 | %3$s     |
                    Then every article agrees with these facts
                """.formatted(MARKUP.get(0), MARKUP.get(1), MARKUP.get(2)))
            .file("articles/hostile.txt", "October 24, 2024\n"
                + MARKUP.get(0) + " About 50,000 North Korean troops " + MARKUP.get(1) + " are in Russia, Seoul said.\n"
                + MARKUP.get(3) + " About 3,000 North Korean soldiers " + MARKUP.get(4) + " arrived, Seoul said.\n"
                + MARKUP.get(5) + " the end\n");

        Path reports = project.auditAndWriteReports();

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(reports)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).as("the HTML reports written").isNotEmpty();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html).as("%s shows the article", page.getFileName()).contains("About 50,000 North Korean troops");
            for (String markup : MARKUP) {
                assertThat(html).as("%s holds the article's markup only escaped", page.getFileName()).doesNotContain(markup);
            }
        }
    }
}

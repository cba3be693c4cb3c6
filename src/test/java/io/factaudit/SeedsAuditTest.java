package io.factaudit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.factaudit.AuditInCopy.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit as an editor runs it: the project's sheet over the seeds, through Cucumber, in a copy
 * of the project, with the report read back from target/fact-audit/report.json.
 */
class SeedsAuditTest {

    @TempDir
    Path project;

    @BeforeEach
    void copyProject() throws IOException {
        AuditInCopy.copyProject(project);
    }

    @Test
    void the_seeds_report_reads_each_articles_counts_and_none_of_the_other_numbers() throws IOException {
        Run run = AuditInCopy.audit(project);
        JsonNode articles = run.report().get("articles");
        assertThat(counts(articles, "000")).contains("around 10,000 troops [9000..11000] null");
        assertThat(counts(articles, "002")).contains("1,500 troops [1500..1500] South Korea", "3,000 troops [3000..3000] South Korea",
            "6,000 troops in each of two units [12000..12000] Ukraine");
        assertThat(counts(articles, "002")).anyMatch(c -> c.startsWith("10,000") && c.endsWith("South Korea"));
        assertThat(counts(articles, "003")).contains("up to 8,000 North Korean troops [null..8000] United States");
        assertThat(counts(articles, "004")).contains("approximately 3,000 North Korean troops [2700..3300] null",
            "12,000 troops [12000..12000] null");
        String all = String.join("\n", counts(articles, "0"));
        assertThat(all).doesNotContain("50,000", "eight million", "5.5", "7,300", "14 billion", "2024", "1990");
    }

    @Test
    void an_article_that_contradicts_the_sheet_fails_the_audit_until_it_is_removed() throws IOException {
        Path article = project.resolve("seeds/spy-agency-brief.txt");
        Files.writeString(article, "Seoul briefing\n"
            + "South Korea's spy agency said on Friday that 20,000 North Korean soldiers were in Kursk.\n");
        Files.writeString(project.resolve("seeds/spy-agency-brief.json"), "{\"published\": \"2024-11-08\"}");

        Run failing = AuditInCopy.audit(project);
        assertThat(failing.status()).isNotZero();
        assertThat(failing.output()).contains("seeds/spy-agency-brief.txt:2:46: contradiction ")
            .contains("says 20,000 North Korean troops (South Korea)")
            .contains("South Korea put it at about 3,000")
            .contains("\"20,000 North Korean soldiers\"")
            .contains("features/north-korean-troops.feature:");
        assertThat(failing.report().toString()).contains("seeds/spy-agency-brief.txt");

        Files.delete(article);
        assertThat(AuditInCopy.audit(project).status()).isZero();
    }

    private static List<String> counts(JsonNode articles, String prefix) {
        List<String> result = new ArrayList<>();
        for (JsonNode a : articles) {
            if (!a.get("path").asText().startsWith("seeds/" + prefix)) {
                continue;
            }
            for (JsonNode c : a.get("claims")) {
                if (c.get("kind").asText().equals("count")) {
                    result.add(c.get("text").asText() + " [" + c.get("low").asText() + ".." + c.get("high").asText() + "] "
                        + c.get("source").asText());
                }
            }
        }
        return result;
    }
}

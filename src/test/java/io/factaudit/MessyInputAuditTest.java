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
 * Whatever a newsroom feeds the audit, together with the seeds: messy articles and sidecars,
 * broken sheets, two sheets that disagree, a broken acknowledgements file. Each problem is named
 * once with its file and line, no stack trace reaches the console, the seeds' findings are the
 * same as in a clean audit, and the exit status says the audit failed.
 */
class MessyInputAuditTest {

    @TempDir
    Path project;

    @BeforeEach
    void copyProject() throws IOException {
        AuditInCopy.copyProject(project);
    }

    @Test
    void every_problem_is_named_once_and_the_seeds_are_audited_as_before() throws IOException {
        JsonNode clean = seedFindings(AuditInCopy.audit(project).report());

        AuditInCopy.copy(AuditInCopy.PROJECT.resolve("src/test/resources/messy"), project.resolve("messy"));
        Files.writeString(project.resolve("features/messy.feature"), """
            Feature: Messy articles and a messy sheet

              Background:
                Given the articles in "../messy"
                And these names:
                  | name                | also written as                          |
                  | North Korean troops | North Korean soldiers                    |
                  | South Korea         | South Korea's spy agency, NIS, Seoul     |

              Scenario: Counts, some cells broken
                Given these estimates of "North Korean troops":
                  | source      | as of      | count       |
                  | South Korea | 2024-10-23 | about 3,000 |
                  | South Korea | 2024-10-23 | 10.000,5    |
                  | South Korea | 2024-13-45 | 3,000       |
                  | the Kremlin | 2024-10-23 | 3,000       |
                Then every article agrees with these facts

              Scenario: A table with a column missing
                Given these quotes:
                  | speaker      | words                          |
                  | Lloyd Austin | There is evidence of something |
                Then every article agrees with these facts
            """);
        Files.writeString(project.resolve("features/elsewhere.feature"), """
            Feature: A folder that does not exist, and an estimate another sheet gives otherwise

              Scenario: Nowhere
                Given the articles in "../nowhere"
                And these names:
                  | name                | also written as |
                  | North Korean troops | DPRK troops     |
                  | South Korea         | Seoul           |
                And these estimates of "North Korean troops":
                  | source      | as of      | count |
                  | South Korea | 2024-10-23 | 5,000 |
                Then every article agrees with these facts
            """);
        String ack = "{\"article\": \"seeds/gone.txt\", \"text\": \"x\", \"reason\": \"altered quote\", \"why\": \"w\","
            + " \"by\": \"b\", \"on\": \"2024-11-01\"}";
        String acks = Files.readString(project.resolve("features/acknowledgements.json"));
        Files.writeString(project.resolve("features/acknowledgements.json"),
            acks.replaceFirst("\"acknowledged\" : \\[", "\"acknowledged\" : [ " + ack + ", " + ack + ","));

        Run run = AuditInCopy.audit(project);

        assertThat(run.status()).as("sheet problems fail their scenarios").isNotZero();
        assertThat(run.output()).doesNotContain("\tat ", "Exception", "NullPointer");
        assertThat(seedFindings(run.report())).isEqualTo(clean);
        List<String> problems = new ArrayList<>();
        run.report().get("problems").forEach(p -> problems.add(p.get("path").asText() + ":" + p.get("line").asText()
            + ": " + p.get("message").asText()));
        assertThat(problems).doesNotHaveDuplicates();
        assertThat(problems).anyMatch(p -> p.startsWith("features/messy.feature:14: the count \"10.000,5\" is not a count"))
            .anyMatch(p -> p.startsWith("features/messy.feature:15: the as of date \"2024-13-45\" is not a date"))
            .anyMatch(p -> p.startsWith("features/messy.feature:16: the source \"the Kremlin\" is not a name"))
            .anyMatch(p -> p.startsWith("features/messy.feature:21: the table has no column \"date\""))
            .anyMatch(p -> p.startsWith("features/elsewhere.feature:4: the folder \"../nowhere\" does not exist"))
            .anyMatch(p -> p.startsWith("features/north-korean-troops.feature:") && p.contains("contradicts features/elsewhere.feature")
                || p.startsWith("features/elsewhere.feature:") && p.contains("contradicts features/"))
            .anyMatch(p -> p.contains("repeats an earlier one"))
            .anyMatch(p -> p.startsWith("messy/empty.txt"))
            .anyMatch(p -> p.startsWith("messy/binary.txt"))
            .anyMatch(p -> p.startsWith("messy/sidecar-malformed.json"))
            .anyMatch(p -> p.startsWith("messy/sidecar-impossible-date.json"));
        assertThat(run.report().get("stale").toString()).contains("seeds/gone.txt");
        long messyRead = 0;
        for (JsonNode a : run.report().get("articles")) {
            if (a.get("path").asText().startsWith("messy/")) {
                messyRead++;
            }
        }
        assertThat(messyRead).as("every readable messy article is audited").isGreaterThanOrEqualTo(15);
    }


    private static JsonNode seedFindings(JsonNode report) {
        var mapper = new ObjectMapper();
        var result = mapper.createArrayNode();
        for (JsonNode a : report.get("articles")) {
            if (a.get("path").asText().startsWith("seeds/")) {
                result.add(a.get("findings"));
            }
        }
        return result;
    }
}

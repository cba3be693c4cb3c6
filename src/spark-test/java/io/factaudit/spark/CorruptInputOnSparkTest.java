package io.factaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles and sheets that cannot be used are problem rows; the job audits the rest and does not fail. */
class CorruptInputOnSparkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMES = """
            And these names:
              | name           | also written as            |
              | harbour cranes | cranes at the harbour      |
              | port authority | the authority, port office |
        """;

    @TempDir
    Path root;

    @BeforeEach
    void project() throws Exception {
        Path news = Files.createDirectories(root.resolve("news"));
        Files.writeString(news.resolve("monday.txt"), "The port authority said on Monday that 14 harbour cranes were"
            + " working again.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("monday.json"), "{\"published\": \"2025-03-03\"}", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("friday.txt"), "Only 9 harbour cranes were in use, the port authority said.\n",
            StandardCharsets.UTF_8);
        Files.writeString(news.resolve("friday.json"), "{\"published\": \"2025-03-07\"}", StandardCharsets.UTF_8);
        Files.write(news.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.write(news.resolve("blank.txt"), new byte[0]);
        Path features = Files.createDirectories(root.resolve("features"));
        Files.writeString(features.resolve("port.feature"), """
            Feature: The port

              Background:
                Given the articles in "../news"
            """ + NAMES + """

              Scenario: Cranes at work
                Given these estimates of "harbour cranes":
                  | source         | as of      | count |
                  | port authority | 2025-03-01 | 14    |
                Then every article agrees with these facts
            """, StandardCharsets.UTF_8);
        Files.writeString(features.resolve("smudged.feature"), """
            Feature: A sheet with a bad cell and an unknown step

              Background:
                Given the articles in "../news"
            """ + NAMES + """

              Scenario: Cranes, badly written
                Given these estimates of "harbour cranes":
                  | source         | as of      | count        |
                  | port authority | 2025-03-01 | a great many |
                And the cranes are painted yellow
                Then every article agrees with these facts
            """, StandardCharsets.UTF_8);
        Files.writeString(features.resolve("torn.feature"), "Scenario without a feature\n  | a table | out of place\n",
            StandardCharsets.UTF_8);
    }

    @Test
    void should_name_each_unusable_article_and_sheet_as_a_problem_row_and_audit_the_rest() throws Exception {
        RunSummary run = LocalSpark.audit(root, root.resolve("features"), root.resolve("out"), null);

        List<String> problems = LocalSpark.spark().read().parquet(root.resolve("out/problems").toString())
            .select("problem_path").distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(problems).contains("news/scan.txt", "news/blank.txt", "features/smudged.feature", "features/torn.feature");
        List<String> audited = LocalSpark.spark().read().parquet(root.resolve("out/audits").toString()).filter("audited")
            .select("path").distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(audited).containsExactlyInAnyOrder("news/monday.txt", "news/friday.txt");
        assertThat(run.report().findings()).isNotEmpty();
        assertThat(JSON.readTree(root.resolve("out/report.json").toFile()))
            .isEqualTo(LocalSpark.json(ReportJson.toJson(LocalSpark.singleMachine(root, root.resolve("features")))));
    }

    @Test
    void should_name_table_rows_without_text_or_with_a_bad_date_and_audit_the_rest() throws Exception {
        Path table = root.resolve("archive.jsonl");
        Files.writeString(table, String.join("\n",
            "{\"path\": \"news/a.txt\", \"text\": \"The port authority counted 14 harbour cranes.\", \"published\": \"2025-03-04\"}",
            "{\"path\": \"news/b.txt\", \"text\": null, \"published\": \"2025-03-04\"}",
            "{\"path\": \"news/c.txt\", \"text\": \"Some 30 harbour cranes stood idle, the authority said.\", \"published\": \"soon\"}",
            "{\"text\": \"A row without a path.\"}",
            "this line is not JSON", ""), StandardCharsets.UTF_8);

        LocalSpark.audit(root, root.resolve("features/port.feature"), root.resolve("table"), table.toString());

        List<Row> problems = LocalSpark.spark().read().parquet(root.resolve("table/problems").toString()).collectAsList();
        assertThat(problems).extracting(r -> r.<String>getAs("problem_path") + ": " + r.<String>getAs("message"))
            .anySatisfy(p -> assertThat(p).startsWith("news/b.txt: ").contains("no text"))
            .anySatisfy(p -> assertThat(p).startsWith("news/c.txt: ").contains("\"soon\" is not a date"))
            .anySatisfy(p -> assertThat(p).contains("2 rows").contains("no path"));
        List<String> audited = LocalSpark.spark().read().parquet(root.resolve("table/audits").toString()).filter("audited")
            .select("path").collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(audited).containsExactlyInAnyOrder("news/a.txt", "news/c.txt");
    }
}

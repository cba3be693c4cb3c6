package io.factaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.benchmark.CorpusGenerator;
import io.factaudit.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated archive audited by two sheets: the job equals the single-machine audit, and after one
 * article and one sheet change a re-run audits only what they touch and equals a full run.
 * {@code -Dspark.test.articles=N} sets the archive's size.
 */
class IncrementalOnSparkTest {

    private static final int ARTICLES = Integer.getInteger("spark.test.articles", 300);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A second sheet over the generated articles, the desk's own figures. */
    private static final String DESK_SHEET = """
        Feature: The desk's figures for the generated archive

          Background:
            Given the articles in "corpus"
            And these names:
              | name                | also written as                                        |
              | North Korean troops | North Korean soldiers, North Korean forces, DPRK troops |
              | South Korea         | South Korean intelligence, NIS, Seoul                  |
              | United States       | US, U.S., Pentagon, Washington                         |
            And counts within 10% agree

          Scenario: What each government put the count at
            Given these estimates of "North Korean troops":
              | source        | as of      | count        |
              | South Korea   | 2024-10-23 | about 3,000  |
              | United States | 2024-10-28 | about 10,000 |
            Then every article agrees with these facts
        """;

    @TempDir
    Path root;

    @Test
    void should_reaudit_only_the_changed_article_and_sheet_and_give_what_a_full_run_gives() throws Exception {
        Path archive = root.resolve("archive");
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(archive, ARTICLES);
        Path desk = archive.resolve("desk.feature");
        Files.writeString(desk, DESK_SHEET, StandardCharsets.UTF_8);
        int parsedBefore = WorkerEngine.sheetsParsed();

        RunSummary full = LocalSpark.audit(root, archive, root.resolve("out"), null);
        assertThat(full.reaudited()).isEqualTo(2L * ARTICLES);
        assertThat(report("out")).isEqualTo(LocalSpark.json(ReportJson.toJson(LocalSpark.singleMachine(root, archive))));

        Files.writeString(archive.resolve("corpus/a00007.txt"), "\n\nA regional official said on Tuesday that about 5,000"
            + " North Korean soldiers had reached the front, according to South Korean intelligence.\n",
            StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(desk, DESK_SHEET.replace("about 3,000 ", "about 4,500 "), StandardCharsets.UTF_8);
        RunSummary again = LocalSpark.audit(root, archive, root.resolve("out"), null);

        assertThat(again.reaudited()).isEqualTo(ARTICLES + 1L);
        assertThat(again.carried()).isEqualTo(ARTICLES - 1L);
        assertThat(again.sheets()).extracting(s -> s.uri() + " " + s.change() + " " + s.reaudited() + "/" + s.carried())
            .containsExactly("archive/benchmark.feature unchanged 1/" + (ARTICLES - 1), "archive/desk.feature changed "
                + ARTICLES + "/0");
        assertThat(WorkerEngine.sheetsParsed() - parsedBefore).as("each version of each sheet parsed once").isLessThanOrEqualTo(3);

        LocalSpark.audit(root, archive, root.resolve("fresh"), null);
        for (String table : ArchiveAudit.TABLES) {
            assertThat(difference(table, "out", "fresh")).as(table).isZero();
            assertThat(difference(table, "fresh", "out")).as(table).isZero();
        }
        assertThat(report("out")).isEqualTo(report("fresh"))
            .isEqualTo(LocalSpark.json(ReportJson.toJson(LocalSpark.singleMachine(root, archive))));
    }

    private com.fasterxml.jackson.databind.JsonNode report(String output) throws Exception {
        return JSON.readTree(root.resolve(output).resolve("report.json").toFile());
    }

    private long difference(String table, String a, String b) {
        Dataset<Row> left = LocalSpark.spark().read().parquet(root.resolve(a).resolve(table).toString());
        Dataset<Row> right = LocalSpark.spark().read().parquet(root.resolve(b).resolve(table).toString());
        return left.exceptAll(right).count();
    }
}

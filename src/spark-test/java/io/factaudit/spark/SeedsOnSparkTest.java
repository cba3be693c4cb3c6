package io.factaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factaudit.article.Article;
import io.factaudit.article.ArticleReader;
import io.factaudit.article.Corpus;
import io.factaudit.check.Finding;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.ReportJson;
import io.factaudit.report.SarifReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own sheets and seeds audited on Spark give what the single-machine audit reports. */
class SeedsOnSparkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    private static RunSummary first;
    private static AuditReport single;

    @BeforeAll
    static void audit() throws Exception {
        Path sheets = LocalSpark.PROJECT.resolve("features");
        first = LocalSpark.audit(LocalSpark.PROJECT, sheets, out.resolve("folders"), null);
        single = LocalSpark.singleMachine(LocalSpark.PROJECT, sheets);
    }

    @Test
    void should_write_the_report_json_and_sarif_of_the_single_machine_audit() throws Exception {
        assertThat(JSON.readTree(out.resolve("folders/report.json").toFile())).isEqualTo(LocalSpark.json(ReportJson.toJson(single)));
        assertThat(JSON.readTree(out.resolve("folders/report.sarif").toFile())).isEqualTo(LocalSpark.json(SarifReport.toJson(single)));
        assertThat(single.findings()).isNotEmpty();
    }

    @Test
    void should_hold_in_its_findings_table_one_row_per_finding_the_single_machine_audit_reports() {
        List<String> table = new ArrayList<>();
        for (Row r : LocalSpark.spark().read().parquet(out.resolve("folders/findings").toString()).collectAsList()) {
            table.add(FindingRows.finding(r, r.getAs("path")).describe() + " " + r.getAs("status") + " " + r.getAs("fact_uri")
                + ":" + r.getAs("fact_line"));
        }
        List<String> expected = single.findings().stream()
            .map(f -> f.describe() + " " + f.status().label() + " " + f.fact().uri() + ":" + f.fact().line()).toList();
        assertThat(table).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void should_carry_everything_over_when_nothing_changed() throws Exception {
        Path twice = out.resolve("twice");
        RunSummary a = LocalSpark.audit(LocalSpark.PROJECT, LocalSpark.PROJECT.resolve("features"), twice, null);
        RunSummary b = LocalSpark.audit(LocalSpark.PROJECT, LocalSpark.PROJECT.resolve("features"), twice, null);
        assertThat(a.reaudited()).isEqualTo(first.audits());
        assertThat(b.reaudited()).isZero();
        assertThat(b.carried()).isEqualTo(a.audits());
        assertThat(b.sheets()).allSatisfy(s -> assertThat(s.change()).isEqualTo("unchanged"));
        assertThat(JSON.readTree(twice.resolve("report.json").toFile())).isEqualTo(LocalSpark.json(ReportJson.toJson(single)));
    }

    @Test
    void should_audit_a_table_of_the_same_articles_as_it_audits_their_files() throws Exception {
        Path table = out.resolve("seeds.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Path file : Corpus.files(LocalSpark.PROJECT.resolve("seeds"), LocalSpark.PROJECT, new Problems())) {
            String path = LocalSpark.PROJECT.relativize(file).toString().replace('\\', '/');
            Article a = new ArticleReader().read(file, path, new Problems());
            ObjectNode row = JSON.createObjectNode().put("path", path).put("text", a.text())
                .put("published", a.published() == null ? null : a.published().toString()).put("outlet", "Desk");
            lines.append(JSON.writeValueAsString(row)).append('\n');
        }
        Files.writeString(table, lines, StandardCharsets.UTF_8);
        LocalSpark.audit(LocalSpark.PROJECT, LocalSpark.PROJECT.resolve("features"), out.resolve("table"), table.toString());
        assertThat(JSON.readTree(out.resolve("table/report.json").toFile())).isEqualTo(LocalSpark.json(ReportJson.toJson(single)));
        assertThat(LocalSpark.spark().read().parquet(out.resolve("table/audits").toString())
            .filter("outlet = 'Desk'").count()).isEqualTo(first.audits());
    }

    @Test
    void should_load_the_engine_once_in_the_worker_jvm_however_many_articles_it_audits() {
        assertThat(WorkerEngine.enginesLoaded()).isEqualTo(1);
        assertThat(first.articlesReaudited()).isGreaterThan(1);
    }

}

package io.factaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.benchmark.CorpusGenerator;
import io.factaudit.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough's comparison: the job's tables against a single-machine report.json of the same
 * generated archive, or against that audit run here and streamed, are equal; once one sheet changes
 * and only the job re-runs, it names that sheet's findings (and the claims its new figure reads)
 * and none of the other sheet's.
 */
class CompareOnSparkTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path root;

    @Test
    void should_find_the_job_equal_to_the_single_machine_audit_and_name_the_rows_that_differ_once_a_sheet_changes()
            throws Exception {
        Path archive = root.resolve("archive");
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).generate(archive, ARTICLES);
        Path before = singleMachineReport(archive, "before.json");
        Path tables = root.resolve("tables");
        LocalSpark.audit(root, archive, tables, null);

        String equal = compare(tables, before);
        assertThat(equal).contains("equal: every row of one is a row of the other")
            .containsPattern("articles +" + ARTICLES + " in the job, +" + ARTICLES + " on one machine");
        assertThat(equal).doesNotContainPattern("findings +0 in the job").doesNotContainPattern("claims +0 in the job");

        Path desk = archive.resolve(CorpusGenerator.DESK_SHEET);
        Files.writeString(desk, Files.readString(desk).replace("| about 3,000  |", "| about 30,000 |"));
        RunSummary again = LocalSpark.audit(root, archive, tables, null);
        assertThat(again.carried()).isEqualTo(ARTICLES);

        String stale = compare(tables, before);
        assertThat(stale).contains("differ:", "only in the job:      finding\tarchive/corpus/",
            "only on one machine:  finding\tarchive/corpus/");
        assertThat(stale.lines().filter(l -> l.startsWith("  only ") && l.contains("finding\t"))).isNotEmpty()
            .allSatisfy(l -> assertThat(l).contains("\"uri\":\"archive/desk.feature\""));
        assertThat(stale).doesNotContain("archive/benchmark.feature");

        Path streamed = root.resolve("streamed.tsv");
        assertThat(SingleMachineLines.write(root, archive, streamed)).contains(ARTICLES + " articles in", "ms CPU per article");
        assertThat(compareLines(tables, streamed)).contains("equal:")
            .containsPattern("articles +" + ARTICLES + " in the job, +" + ARTICLES + " on one machine");
    }

    private static String compareLines(Path tables, Path lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparkCompare.compare(LocalSpark.spark(), tables.toString(), lines, "streamed", new PrintStream(out, true,
            StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path singleMachineReport(Path archive, String name) throws Exception {
        Path file = root.resolve(name);
        ReportJson.write(LocalSpark.singleMachine(root, archive), file);
        return file;
    }

    private static String compare(Path tables, Path report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparkCompare.compareWithReport(LocalSpark.spark(), tables.toString(), report, new PrintStream(out, true,
            StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}

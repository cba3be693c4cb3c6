package io.factaudit.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.audit.Auditor;
import io.factaudit.baseline.Acknowledgements;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.ReportJson;
import io.factaudit.report.Reports;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.Paths;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sheets and articles give the same reports, byte for byte, however many threads judge
 * them: an editor comparing two runs sees only what changed in the input. Audits a copy of the
 * project's features/ and seeds/ with a few articles added that disagree with the sheet, so that
 * there are findings to compare.
 */
class AuditDeterminismTest {

    private static final Map<String, String> DISAGREEING = Map.of(
        "zz_1.txt", "October 24, 2024\nAbout 50,000 North Korean troops are in Russia, South Korea said.\n"
            + "The Pentagon said 2,000 North Korean soldiers had reached Kursk.\n",
        "zz_2.txt", "October 20, 2024\nUkraine said 12,000 North Korean troops were in the Kursk region.\n"
            + "South Korea's spy agency put the number at 800 North Korean troops.\n",
        "zz_3.txt", "November 30, 2024\nAs many as 40,000 North Korean soldiers are fighting, Kyiv said.\n");

    @TempDir
    Path root;

    @TempDir
    Path first;

    @TempDir
    Path second;

    @BeforeEach
    void copyProject() throws IOException {
        Path project = projectRoot();
        for (String folder : List.of("features", "seeds")) {
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path copy = root.resolve(project.relativize(p).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                }
            }
        }
        for (Map.Entry<String, String> article : DISAGREEING.entrySet()) {
            Files.writeString(root.resolve("seeds").resolve(article.getKey()), article.getValue());
        }
    }

    @Test
    void should_write_the_same_bytes_in_every_report_for_two_audits_of_the_same_input() throws IOException {
        Reports.writeAll(audit(2), first);
        Reports.writeAll(audit(2), second);

        Map<String, byte[]> one = files(first);
        Map<String, byte[]> two = files(second);
        assertThat(one).as("the reports written").containsKeys("report.json", "report.sarif", "report.html");
        assertThat(two.keySet()).as("the reports of the second audit").isEqualTo(one.keySet());
        for (String name : one.keySet()) {
            assertThat(two.get(name)).as("the bytes of %s in the second audit", name).isEqualTo(one.get(name));
        }
    }

    @Test
    void should_find_the_same_with_one_thread_as_with_four() {
        AuditReport sequential = audit(1);
        AuditReport parallel = audit(4);

        assertThat(sequential.summary().claims()).as("claims the audit reads").isPositive();
        assertThat(sequential.findings()).as("findings in the articles").isNotEmpty();
        assertThat(parallel.findings()).isEqualTo(sequential.findings());
        assertThat(claims(parallel)).isEqualTo(claims(sequential));
        assertThat(parallel.problems()).isEqualTo(sequential.problems());
        assertThat(ReportJson.toJson(parallel)).isEqualTo(ReportJson.toJson(sequential));
    }

    @Test
    void should_find_the_same_when_scenarios_are_checked_in_another_order() {
        List<ScenarioFacts> scenarios = scenarios(new Problems());
        List<ScenarioFacts> reversed = new ArrayList<>(scenarios);
        Collections.reverse(reversed);

        AuditReport inOrder = audit(scenarios, 2);
        AuditReport inReverse = audit(reversed, 2);

        assertThat(inReverse.findings()).isEqualTo(inOrder.findings());
        assertThat(claims(inReverse)).isEqualTo(claims(inOrder));
    }

    private AuditReport audit(int parallelism) {
        return audit(scenarios(new Problems()), parallelism);
    }

    private AuditReport audit(List<ScenarioFacts> scenarios, int parallelism) {
        Problems problems = new Problems();
        Path ackFile = root.resolve("features").resolve(Acknowledgements.FILE);
        Acknowledgements acks = Acknowledgements.load(ackFile, Paths.display(root, ackFile), problems);
        AuditSession session = new AuditSession(root, Auditor.standard(), acks, problems, parallelism);
        session.checkAll(scenarios);
        return session.report();
    }

    private List<ScenarioFacts> scenarios(Problems problems) {
        List<ScenarioFacts> scenarios = new FactSheetReader(root).readAll(root.resolve("features"), problems);
        assertThat(scenarios).as("the scenarios under features/").isNotEmpty();
        return scenarios;
    }

    private static List<String> claims(AuditReport report) {
        return report.articles().stream().flatMap((ArticleAudit a) -> a.claims().stream().map(c -> a.article().path() + ": " + c))
            .toList();
    }

    /** Every file below a folder by its relative path, with its bytes. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Path projectRoot() {
        String property = System.getProperty("fact-audit.project");
        return Path.of(property == null || property.isBlank() ? "." : property).toAbsolutePath().normalize();
    }
}

package io.factaudit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factaudit.AuditInCopy.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * What an editor's mistakes do to the audit, in a copy of the project with a second sheet of its
 * own: each is named with the sheet and line, the other sheets are still audited, the reports are
 * rewritten, and a run that checked nothing says so.
 */
class EditorMistakesTest {

    private static final String STRIKE_SHEET = """
        Feature: Harbour strike

          Background:
            Given the articles in "../strikes"
            And these names:
              | name      | also written as            |
              | strikers  | dock workers, stevedores   |
              | the union | union leaders, the unions  |

          Scenario: Strikers by source
            Given these estimates of "%s":
              | source    | as of      | count       |
              | the union | 2025-03-03 | about 4,000 |
            Then every article agrees with these facts
        """;

    @TempDir
    Path project;

    @BeforeEach
    void copyProject() throws IOException {
        AuditInCopy.copyProject(project);
        Files.createDirectories(project.resolve("strikes"));
        Files.writeString(project.resolve("strikes/walkout.txt"),
            "Harbour walkout enters second day\nAbout 4,000 strikers blocked the port gates on Monday, the union said.\n");
        Files.writeString(project.resolve("strikes/walkout.json"), "{\"published\": \"2025-03-04\"}");
    }

    private void sheet(String name, String text) throws IOException {
        Files.writeString(project.resolve("features").resolve(name), text);
    }

    private static List<String> articles(JsonNode report) {
        List<String> paths = new ArrayList<>();
        report.get("articles").forEach(a -> paths.add(a.get("path").asText()));
        return paths;
    }

    @Test
    void a_ragged_row_in_one_sheet_is_named_and_every_other_sheet_is_audited_with_fresh_reports() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("strikers").replace("| about 4,000 |", "| about 4,000 | extra |"));
        Files.createDirectories(project.resolve("target/fact-audit"));
        Files.writeString(project.resolve("target/fact-audit/report.json"), "{\"version\": 1, \"articles\": []}");

        Run run = AuditInCopy.audit(project);

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("features/strike.feature:13: problem: this table row does not have as many cells")
            .doesNotContain("\tat ", "Exception", "Tests run: 0", "(13:");
        assertThat(articles(run.report())).contains("seeds/000_9c47764c68bb23a7.txt", "seeds/004_dbed9dfc0cc3955c.txt");
        assertThat(run.report().get("audit").get("made").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(run.report().get("audit").get("sheets").toString())
            .contains("features/north-korean-troops.feature", "features/strike.feature");
        assertThat(run.report().get("audit").get("articles").asInt()).isEqualTo(5);
        assertThat(Files.readString(project.resolve("target/fact-audit/report.html"))).contains("id=\"audit-made\"");
        assertThat(Files.readString(project.resolve("target/fact-audit/report.sarif"))).contains("\"audit\"");
    }

    @Test
    void a_mistyped_sheet_path_is_named_and_the_reports_are_still_rewritten() throws IOException {
        Run run = AuditInCopy.audit(project, "features/north-korean-trops.feature", null);

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("features/north-korean-trops.feature: problem: there is no fact sheet here");
        assertThat(run.report().get("audit").has("made")).isTrue();
    }

    @Test
    void an_audit_of_one_sheet_calls_no_other_sheets_acknowledgement_stale() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("strikers"));

        Run run = AuditInCopy.audit(project, "features/strike.feature", null);

        assertThat(run.status()).isZero();
        assertThat(run.report().get("stale")).isEmpty();
        assertThat(run.output()).doesNotContain("stale");
        assertThat(AuditInCopy.audit(project).status()).isZero();
    }

    @Test
    void a_subject_one_letter_from_a_name_is_named_with_the_name_to_write() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("stikers"));

        Run run = AuditInCopy.audit(project);

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("features/strike.feature:11: problem: the subject \"stikers\" is not a name of"
            + " this sheet but is close to \"strikers\": write \"strikers\"");
    }

    @Test
    void sheets_and_scenarios_that_check_nothing_are_named_and_each_scenario_says_what_it_matched() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("strikers"));
        sheet("empty.feature", "");
        sheet("unchecked.feature", STRIKE_SHEET.formatted("strikers").replace("    Then every article agrees with these facts\n", ""));
        sheet("unmatched.feature", STRIKE_SHEET.formatted("stevedore crews").replace("| strikers  |", "| stevedore crews |"));

        Run run = AuditInCopy.audit(project);

        assertThat(run.output()).contains("features/empty.feature: problem: the sheet is empty, so it checks nothing")
            .contains("features/unchecked.feature:10: problem: the scenario \"Strikers by source\" states facts but checks"
                + " nothing: end it with \"Then every article agrees with these facts\"")
            .contains("features/unmatched.feature:10: problem: the facts of \"Strikers by source\" matched no claim in any"
                + " of the 1 article it read");
        JsonNode scenarios = run.report().get("audit").get("scenarios");
        assertThat(scenarios.toString()).contains("{\"uri\":\"features/strike.feature\",\"line\":10,\"name\":\"Strikers by source\","
            + "\"claims\":1}");
    }

    @Test
    void a_misspelled_step_gets_the_harness_message_once_and_its_sheet_is_still_reported() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("strikers").replace("these estimates of", "these estimate of"));

        Run run = AuditInCopy.audit(project);

        assertThat(run.status()).isNotZero();
        String unknown = "features/strike.feature:11: problem: unknown step \"Given these estimate of \\\"strikers\\\":\": the steps are";
        assertThat(run.output()).contains(unknown.replace("\\\"", "\""));
        assertThat(run.output().split("unknown step", -1)).hasSize(2);
        assertThat(run.output()).doesNotContain("@Given", "PendingException");
        assertThat(run.report().get("audit").get("sheets").toString()).contains("features/strike.feature");
    }

    @Test
    void duplicate_and_conflicting_rows_are_named() throws IOException {
        sheet("strike.feature", STRIKE_SHEET.formatted("strikers").replace("| the union | 2025-03-03 | about 4,000 |\n",
            "| the union | 2025-03-03 | about 4,000 |\n      | the union | 2025-03-03 | about 4,000 |\n"
                + "      | the union | 2025-03-03 | 5,000       |\n"));

        Run run = AuditInCopy.audit(project);

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("features/strike.feature:14: problem: this estimate repeats features/strike.feature:13")
            .contains("features/strike.feature:15: problem: this estimate of strikers by the union as of 2025-03-03 (5,000)"
                + " contradicts features/strike.feature:13 (about 4,000)");
    }

    @Test
    void the_audit_of_named_sheets_runs_once_with_one_check_per_scenario_and_each_finding_printed_once() throws IOException {
        Files.writeString(project.resolve("seeds/harbour-brief.txt"), "Seoul briefing\n"
            + "Seoul's spy agency told lawmakers that 30,000 DPRK troops had reached the front.\n");
        Files.writeString(project.resolve("seeds/harbour-brief.json"), "{\"published\": \"2024-11-08\"}");
        String before = System.getProperty("fact-audit.project");
        String features = System.getProperty("cucumber.features");
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            System.setProperty("fact-audit.project", project.toString());
            System.setProperty("cucumber.features", "features/north-korean-troops.feature");
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(FactAuditTest.class))
                .configurationParameter("cucumber.features", "features/north-korean-troops.feature").build(), summary);
        } finally {
            System.setOut(out);
            restore("fact-audit.project", before);
            restore("cucumber.features", features);
        }
        String printed = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(summary.getSummary().getTestsFoundCount()).isEqualTo(5);
        assertThat(summary.getSummary().getTestsFailedCount()).isEqualTo(1);
        assertThat(printed.split("seeds/harbour-brief.txt:2:", -1)).hasSize(2);
        assertThat(printed).doesNotContain("cucumber.io", "Share your Cucumber Report");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}

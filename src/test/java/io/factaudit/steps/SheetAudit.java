package io.factaudit.steps;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.factaudit.audit.AuditSession;
import io.factaudit.audit.ScenarioResult;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditInfo;
import io.factaudit.audit.AuditReport;
import io.factaudit.report.ConsoleReport;
import io.factaudit.report.Reports;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import io.factaudit.sheet.SheetRead;
import io.factaudit.sheet.SheetScenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The audit that {@code mvn test} runs: every sheet read on its own by the engine's
 * {@link FactSheetReader} (so one broken sheet is named with its line and never stops the others),
 * each checking scenario judged once over its articles, and the reports rewritten whatever happens,
 * saying when they were made and what was audited. Each scenario (and each sheet that could not be
 * read) becomes one check that passes or fails.
 */
public final class SheetAudit {

    /** One check as the build reports it: a name, and why it fails (null when it passes). */
    public record Check(String name, String failure) {
    }

    /** What an audit gave: its checks, and the report it wrote. */
    public record Outcome(List<Check> checks, AuditReport report) {

        public boolean passes() {
            return checks.stream().allMatch(c -> c.failure() == null);
        }
    }

    private SheetAudit() {
    }

    /**
     * Audits the sheets at {@code features} (comma-separated paths relative to the project, as
     * Cucumber's {@code cucumber.features}; features/ when blank) whose scenarios match the tag
     * expression {@code tags} (all when blank), writes the reports and prints them to {@code out}.
     */
    public static Outcome run(Path root, String features, String tags, PrintStream out) {
        Path project = root.toAbsolutePath().normalize();
        Problems problems = new Problems();
        List<Check> checks = new ArrayList<>();
        Map<String, Integer> matched = new TreeMap<>();
        Set<String> sheets = new LinkedHashSet<>();
        Expression filter = filter(tags, problems, checks);
        AuditSession session = AuditSession.open(project, problems);
        AuditReport report = null;
        try {
            FactSheetReader reader = new FactSheetReader(project);
            for (Path path : paths(project, features)) {
                for (SheetRead sheet : reader.readSheets(path, problems)) {
                    sheets.add(sheet.uri());
                    audit(sheet, filter, session, problems, checks, matched);
                }
            }
            if (sheets.isEmpty()) {
                checks.add(new Check("no fact sheet", "no fact sheet was found to audit: " + problems.all().stream()
                    .map(Problem::format).reduce((a, b) -> a + "; " + b).orElse("put .feature files under features/")));
            }
        } finally {
            report = session.report().with(new AuditInfo(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                List.copyOf(sheets), session.report().articles().size(), matched));
            write(report, project, out);
        }
        return new Outcome(checks, report);
    }

    private static void audit(SheetRead sheet, Expression filter, AuditSession session, Problems problems,
                              List<Check> checks, Map<String, Integer> matched) {
        sheet.problems().forEach(problems::add);
        sheet.warnings().forEach(problems::add);
        if (!sheet.problems().isEmpty()) {
            checks.add(new Check(sheet.uri(), sheet.problems().size() + (sheet.problems().size() == 1 ? " problem" : " problems")
                + " in " + sheet.uri() + ", listed above; its scenarios were not audited"));
            return;
        }
        for (SheetScenario scenario : sheet.scenarios()) {
            if (!scenario.checks() || (filter != null && !filter.evaluate(scenario.tags()))) {
                scenario.problems().forEach(problems::add);
                continue;
            }
            ScenarioFacts facts = scenario.facts();
            scenario.problems().forEach(problems::add);
            ScenarioResult result = session.check(facts, scenario.problems());
            int claims = result.audits().stream().mapToInt(a -> a.claims().size()).sum();
            matched.put(facts.uri() + ":" + facts.line(), claims);
            if (claims == 0 && !facts.facts().isEmpty() && !result.audits().isEmpty()) {
                problems.add(facts.uri(), facts.line(), "the facts of \"" + facts.name() + "\" matched no claim in any of the "
                    + result.audits().size() + (result.audits().size() == 1 ? " article" : " articles") + " it read, so it"
                    + " checked nothing: check that its subjects and names are written as the articles write them");
            }
            checks.add(new Check(sheet.feature() + ": " + facts.name(), result.passes() ? null : failure(result)));
        }
    }

    /** Why a scenario fails, in one line: the findings themselves are printed once, with the report. */
    private static String failure(ScenarioResult result) {
        int findings = result.failures().size();
        int sheetProblems = result.sheetProblems().size();
        List<String> parts = new ArrayList<>();
        if (findings > 0) {
            parts.add(findings + (findings == 1 ? " new finding" : " new findings"));
        }
        if (sheetProblems > 0) {
            parts.add(sheetProblems + (sheetProblems == 1 ? " problem in its sheet" : " problems in its sheet"));
        }
        return String.join(" and ", parts) + " (" + result.scenario().uri() + ":" + result.scenario().line()
            + "), listed above";
    }

    private static Expression filter(String tags, Problems problems, List<Check> checks) {
        if (tags == null || tags.isBlank()) {
            return null;
        }
        try {
            return TagExpressionParser.parse(tags);
        } catch (TagExpressionException e) {
            String message = "the tag expression \"" + tags + "\" cannot be read (" + e.getMessage()
                + "): write it as Cucumber does, e.g. \"@quotes and not @draft\"";
            problems.add(new Problem("-Dcucumber.filter.tags", 0, message));
            checks.add(new Check("cucumber.filter.tags", message));
            return null;
        }
    }

    /** The sheets to audit: Cucumber's comma-separated feature paths (a ":line" suffix is ignored), or features/. */
    static List<Path> paths(Path root, String features) {
        if (features == null || features.isBlank()) {
            return List.of(root.resolve("features"));
        }
        List<Path> paths = new ArrayList<>();
        for (String p : features.split(",")) {
            String path = p.strip().replaceFirst("^classpath:", "").replaceFirst("(\\.feature)(:\\d+)+$", "$1");
            if (!path.isEmpty()) {
                paths.add(root.resolve(path).normalize());
            }
        }
        return paths;
    }

    private static void write(AuditReport report, Path root, PrintStream out) {
        out.println();
        ConsoleReport.forThisTerminal().print(report, out);
        try {
            Reports.writeAll(report, root.resolve("target").resolve("fact-audit"));
            out.println("reports: target/fact-audit/report.html, report.json, report.sarif");
        } catch (IOException | RuntimeException e) {
            out.println("target/fact-audit: problem: the reports cannot be written (" + e.getMessage() + ")");
        }
    }
}

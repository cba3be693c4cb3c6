package io.factaudit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.AuditSession;
import io.factaudit.check.Finding;
import io.factaudit.claim.CountClaim;
import io.factaudit.input.Problems;
import io.factaudit.audit.AuditReport;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every gherkin example of the fact-sheet language (FACT-SHEETS.md 1.1, kept as a test resource and
 * checked against the contract when it is at hand) parses without a problem and runs over a small
 * corpus written for this test ("spec": articles/ and seeds/).
 */
class SpecExamplesTest {

    private static final Path SPEC = AuditInCopy.PROJECT.resolve("src/test/resources/spec");
    private static final Pattern GHERKIN = Pattern.compile("```gherkin\\n(.*?)```", Pattern.DOTALL);

    private static List<String> examples() throws Exception {
        String spec = Files.readString(SPEC.resolve("FACT-SHEETS.md"));
        Path contract = AuditInCopy.PROJECT.resolve("../shared/spec/FACT-SHEETS.md").normalize();
        if (Files.isRegularFile(contract)) {
            assertThat(spec).as("the copy of the contract under test resources").isEqualTo(Files.readString(contract));
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = GHERKIN.matcher(spec);
        while (m.find()) {
            String block = m.group(1);
            // a fragment ("Background: ...") is written as it stands inside a feature
            blocks.add(block.stripLeading().startsWith("Feature:") ? block : "Feature: an example of the spec\n" + block);
        }
        return blocks;
    }

    private record Audited(List<ScenarioFacts> scenarios, Problems problems, AuditReport report) {
    }

    private static Audited audit(Path dir, String sheet, int index) throws Exception {
        Path sheets = dir.resolve("sheets");
        AuditInCopy.copy(SPEC.resolve("articles"), sheets.resolve("articles"));
        AuditInCopy.copy(SPEC.resolve("seeds"), dir.resolve("seeds"));
        Path feature = sheets.resolve("example-" + index + ".feature");
        Files.writeString(feature, sheet);
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(dir).read(feature, problems);
        AuditSession session = AuditSession.open(dir, problems);
        session.checkAll(scenarios);
        return new Audited(scenarios, problems, session.report());
    }

    @Test
    void every_example_parses_without_a_problem_and_reads_claims(@TempDir Path dir) throws Exception {
        List<String> examples = examples();
        assertThat(examples).as("the spec's examples").hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < examples.size(); i++) {
            Audited a = audit(dir.resolve("e" + i), examples.get(i), i);
            assertThat(a.problems().all()).as("problems of example %d", i).isEmpty();
            assertThat(a.scenarios()).as("scenarios of example %d", i).isNotEmpty()
                .allSatisfy(s -> assertThat(s.facts().isEmpty()).isFalse());
            assertThat(a.report().articles()).as("articles of example %d", i).isNotEmpty()
                .allSatisfy(article -> assertThat(article.claims()).as(article.article().path()).isNotEmpty());
        }
    }

    @Test
    void the_places_example_locates_and_judges_by_place(@TempDir Path dir) throws Exception {
        String places = examples().stream().filter(e -> e.contains("these places:")).findFirst().orElseThrow();
        Audited a = audit(dir, places, 1);
        ArticleAudit first = article(a.report(), "storm-1.txt");
        assertThat(first.claims()).filteredOn(c -> c instanceof CountClaim)
            .extracting(c -> c.text() + " @ " + ((CountClaim) c).where())
            .contains("more than 100 people @ null", "17 people @ Georgia", "30 people @ Buncombe County");
        assertThat(first.findings()).extracting(f -> f.text() + " " + f.reason().label())
            .containsExactly("30 people unverifiable");
        assertThat(article(a.report(), "storm-2.txt").findings()).extracting(Finding::reason)
            .extracting(r -> r.label()).containsExactly("outdated");
    }

    private static ArticleAudit article(AuditReport report, String name) {
        return report.articles().stream().filter(x -> x.article().path().endsWith(name)).findFirst().orElseThrow();
    }
}

package io.factaudit;

import io.factaudit.steps.SheetAudit;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The audit: every fact sheet under features/ (or those named by -Dcucumber.features, with
 * -Dcucumber.filter.tags choosing scenarios), one check per scenario. {@code mvn test} runs this
 * and nothing else. The sheets are read by the engine's own reader, so a sheet that is not valid
 * Gherkin is named with its line and the others are still audited.
 */
class FactAuditTest {

    @TestFactory
    Stream<DynamicTest> audit() {
        String project = System.getProperty("fact-audit.project");
        Path root = Path.of(project == null || project.isBlank() ? "." : project);
        SheetAudit.Outcome outcome = SheetAudit.run(root, System.getProperty("cucumber.features"),
            System.getProperty("cucumber.filter.tags"), System.out);
        return outcome.checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            if (c.failure() != null) {
                throw new io.factaudit.steps.AuditFailure(c.failure());
            }
        }));
    }
}

package io.factaudit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shape that keeps the engine plain Java: Cucumber's runtime out of it (step definitions and
 * plugins in the step glue; tests may launch a run), the domain packages free of cycles, and files
 * written only by the packages that write reports.
 */
class ArchitectureTest {

    /** The packages that model articles, facts, claims and verdicts; they depend on each other one way. */
    private static final String[] DOMAIN = {
        "io.factaudit.input", "io.factaudit.quantity", "io.factaudit.article", "io.factaudit.language", "io.factaudit.text",
        "io.factaudit.sheet", "io.factaudit.claim", "io.factaudit.check"};
    private static final Pattern WRITES = Pattern.compile(
        "write.*|newOutputStream|newBufferedWriter|createFile|createDirector(y|ies)|createTemp.*|copy|move|delete.*|createLink|createSymbolicLink");

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("io.factaudit");
    private static final JavaClasses ENGINE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.factaudit");

    @Test
    void should_keep_cucumber_out_of_the_engine_but_for_the_gherkin_parser() {
        noClasses().should().dependOnClassesThat(
                resideInAPackage("io.cucumber..").and(not(resideInAnyPackage("io.cucumber.gherkin..", "io.cucumber.messages.."))))
            .because("the engine reads sheets with io.cucumber.gherkin alone and must run without Cucumber"
                + " (command line, evaluation, benchmark)")
            .check(ENGINE);
    }

    @Test
    void should_keep_step_definitions_and_plugins_in_the_step_glue() {
        noClasses().that().resideOutsideOfPackage("io.factaudit.steps..")
            .should().dependOnClassesThat().resideInAnyPackage("io.cucumber.java..", "io.cucumber.plugin..")
            .because("step definitions and Cucumber plugins live in io.factaudit.steps; tests elsewhere may only"
                + " launch a Cucumber run")
            .check(ALL);
    }

    @Test
    void should_keep_every_package_free_of_cycles() {
        slices().matching("io.factaudit.(*)..").should().beFreeOfCycles()
            .because("articles, words, sheets, claims, checks, the audit, reports and commands build on one another in one direction")
            .check(ENGINE);
    }

    @Test
    void should_keep_the_reading_packages_below_the_judging_ones() {
        noClasses().that().resideInAnyPackage("io.factaudit.input..", "io.factaudit.quantity..", "io.factaudit.article..",
                "io.factaudit.language..", "io.factaudit.text..", "io.factaudit.sheet..", "io.factaudit.claim..")
            .should().dependOnClassesThat().resideInAnyPackage("io.factaudit.check..", "io.factaudit.audit..",
                "io.factaudit.report..", "io.factaudit.baseline..", "io.factaudit.cli..", "io.factaudit.evaluation..")
            .because("reading articles and sheets knows nothing of verdicts, audits or reports")
            .check(ENGINE);
        noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.factaudit.report..", "io.factaudit.cli..")
            .because("reports and commands sit on top: they may use everything, nothing below uses them")
            .check(ENGINE);
    }

    @Test
    void should_write_files_only_where_reports_and_acknowledgements_are_written() {
        DescribedPredicate<JavaMethodCall> writesAFile = DescribedPredicate.describe("write a file",
            call -> call.getTargetOwner().isEquivalentTo(Files.class) && WRITES.matcher(call.getName()).matches());
        noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAPackage("io.factaudit.audit..")
            .should().callMethodWhere(writesAFile)
            .orShould().dependOnClassesThat().belongToAnyOf(FileOutputStream.class, FileWriter.class, RandomAccessFile.class)
            .because("reading and judging never write: no path from an article, a sidecar or a sheet can lead to a write;"
                + " reports are written by io.factaudit.report into target/fact-audit")
            .check(ENGINE);
    }
}

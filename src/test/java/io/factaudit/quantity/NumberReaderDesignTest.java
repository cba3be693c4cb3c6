package io.factaudit.quantity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reader runs on every sentence of every article, so it scans lexemes rather than compiling
 * regular expressions (its speed is measured by the benchmark command, never asserted here).
 */
@DisplayName("NumberReader scans without regular expressions")
class NumberReaderDesignTest {

    @Test
    void should_compile_no_regular_expression_anywhere_in_the_reader() {
        noClasses().that().resideInAPackage("io.factaudit.quantity")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex")
                .because("the reader runs on every sentence; it scans lexemes instead")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.factaudit.quantity"));
    }
}

package io.factaudit.quantity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reader runs on every sentence of 10,000 articles (about 50 MB) within a minute on two
 * cores, beside sentence splitting and tagging: it must read several megabytes a second.
 */
@DisplayName("NumberReader is cheap enough for every sentence")
class NumberReaderSpeedTest {

    /** A tenth of what it measures on a loaded 2-core machine, so that only a real slowdown fails. */
    private static final double REQUIRED_MB_PER_CPU_SECOND = 1.0;

    private static final List<String> SENTENCES = List.of(
            "Seoul said about 3,000 North Korean soldiers had left for Russia, most of them special forces.",
            "The Pentagon put the number in Kursk at about 11,000, out of 11,000 to 12,000 in Russia altogether.",
            "At least 5,434 people were killed in Turkey and more than 31,777 injured, the minister said on Tuesday.",
            "The magnitude 7.8 earthquake struck at 4:17 a.m. on 6 February 2023, about 10 kilometres deep.",
            "The government promised 100 billion lira and declared a three-month state of emergency in ten provinces.",
            "A 41-year-old teacher was pulled from the rubble after 248 hours, rescuers said.",
            "Russia's upper house approved the treaty on Wednesday, and the president is expected to sign it.",
            "Officials in Kyiv did not say how the intelligence had been gathered or who had shared it.",
            "Thousands of aftershocks followed, and dozens of buildings that had survived the first shock collapsed.",
            "Rescue teams from several countries worked through the night in the freezing cold.",
            "The Ukrainian defence minister said his troops had engaged North Korean units on a small scale.",
            "Bitcoin climbs above $24,000 as traders return.");

    @Test
    void should_read_several_megabytes_of_news_a_second() {
        NumberReader reader = new NumberReader();
        long chars = SENTENCES.stream().mapToLong(String::length).sum();
        for (int warm = 0; warm < 500; warm++) {
            SENTENCES.forEach(s -> reader.read(s, 0, 0.10));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 1_500;
        long start = threads.getCurrentThreadCpuTime();
        long found = 0;
        for (int round = 0; round < rounds; round++) {
            for (String s : SENTENCES) {
                found += reader.read(s, 0, 0.10).size();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double megabytes = chars * rounds / 1e6;
        System.out.printf("NumberReader: %.1f MB of sentences in %.2f s of CPU: %.1f MB/s (%d quantities)%n",
                megabytes, seconds, megabytes / seconds, found);
        assertThat(megabytes / seconds).isGreaterThanOrEqualTo(REQUIRED_MB_PER_CPU_SECOND);
    }

    @Test
    void should_compile_no_regular_expression_anywhere_in_the_reader() {
        noClasses().that().resideInAPackage("io.factaudit.quantity")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex")
                .because("the reader runs on every sentence; it scans lexemes instead")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.factaudit.quantity"));
    }
}

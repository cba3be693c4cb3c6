package io.factaudit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factaudit.article.Article;
import io.factaudit.article.Dateline;
import io.factaudit.article.LineMap;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.audit.Auditor;
import io.factaudit.check.Finding;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * Any text audited against the facts of {@code features/north-korean-troops.feature}: every claim's
 * span lies inside the text and its words are the text there, every interval is sound, and every
 * finding is located in the article with a message. A dateline in the text dates the article.
 */
@Tag("fuzz")
class ClaimExtractionFuzzTest {

    private static final String PATH = "corpus/article.txt";
    private static final Auditor AUDITOR = Auditor.standard();
    private static List<ScenarioFacts> scenarios;

    @BeforeAll
    static void readSheet() {
        String property = System.getProperty("fact-audit.project");
        Path root = Path.of(property == null || property.isBlank() ? "." : property).toAbsolutePath().normalize();
        Problems problems = new Problems();
        scenarios = new FactSheetReader(root).read(root.resolve("features/north-korean-troops.feature"), problems);
        assertThat(problems.all()).as("problems in the sheet").isEmpty();
        assertThat(scenarios).as("the sheet's scenarios").isNotEmpty();
    }

    @DictionaryEntries({
        "North Korean troops",
        "North Korean soldiers",
        "South Korea said",
        "the Pentagon said",
        "according to Ukraine",
        " in each of two units",
        "initially ",
        "about 10,000 ",
        "more than 11,000 ",
        "up to 8,000 ",
        "in the Kursk region",
        "killed",
        "October 23, 2024",
        "\"",
        " said."})
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void should_locate_every_claim_and_finding_in_the_text(byte[] bytes) {
        String text = Invariants.text(bytes);
        Article article = new Article(PATH, text, Dateline.find(text).orElse(null), LineMap.of(text));
        Document document = new Document(article);

        for (ScenarioFacts scenario : scenarios) {
            ArticleAudit audit = AUDITOR.audit(document, scenario.facts());
            audit.claims().forEach(c -> claimLiesInTheText(c, text));
            audit.findings().forEach(f -> findingLiesInTheText(f, text));
        }
    }

    private static void claimLiesInTheText(Claim claim, String text) {
        Invariants.spanInside(claim.span(), 0, text.length(), claim);
        assertThat(claim.text()).as("the words of %s", claim).isEqualTo(text.substring(claim.span().start(), claim.span().end()));
        if (claim instanceof CountClaim count) {
            Invariants.sound(count.interval(), claim);
            assertThat(count.subject()).as("the subject of %s", claim).isNotBlank();
        }
    }

    private static void findingLiesInTheText(Finding finding, String text) {
        Invariants.spanInside(finding.span(), 0, text.length(), finding);
        assertThat(finding.path()).isEqualTo(PATH);
        assertThat(finding.text()).as("the words of %s", finding)
            .isEqualTo(text.substring(finding.span().start(), finding.span().end()));
        assertThat(finding.position().line()).as("the line of %s", finding).isPositive();
        assertThat(finding.position().column()).as("the column of %s", finding).isPositive();
        assertThat(finding.message()).as("the message of %s", finding).isNotBlank();
    }
}

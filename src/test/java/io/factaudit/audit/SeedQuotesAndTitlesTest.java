package io.factaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.ArticleReader;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's sheet over two seeds: how their quotes and titles are read and judged. */
class SeedQuotesAndTitlesTest {

    private static final Path PROJECT = Path.of(System.getProperty("fact-audit.project", ".")).toAbsolutePath();

    private record Audit(List<Claim> claims, List<Finding> findings) {
    }

    private static Audit audit(String seed) {
        Problems problems = new Problems();
        List<ScenarioFacts> scenarios = new FactSheetReader(PROJECT).readAll(PROJECT.resolve("features"), problems);
        Document document = new Document(new ArticleReader().read(PROJECT.resolve("seeds/" + seed), "seeds/" + seed, problems));
        List<Claim> claims = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (ScenarioFacts scenario : scenarios) {
            ArticleAudit audit = Auditor.standard().audit(document, scenario.facts());
            claims.addAll(audit.claims());
            findings.addAll(audit.findings());
        }
        return new Audit(claims, findings);
    }

    @Test
    void should_read_the_quote_of_seed_000_as_austins_with_words_left_out() {
        Audit audit = audit("000_9c47764c68bb23a7.txt");
        assertThat(audit.claims()).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
            .singleElement().satisfies(q -> {
                assertThat(q.speaker()).isEqualTo("Lloyd Austin");
                assertThat(q.text()).startsWith("Based upon what they've been trained on");
            });
        assertThat(audit.findings()).filteredOn(f -> f.reason() == Reason.ALTERED_QUOTE).singleElement()
            .extracting(Finding::message).asString().contains("left out \"into the Russian formations\"");
        assertThat(audit.findings()).noneMatch(f -> f.reason() == Reason.MISATTRIBUTED_QUOTE);
    }

    @Test
    void should_read_the_titles_of_seed_003_as_right() {
        Audit audit = audit("003_01eddef702f8bc4e.txt");
        assertThat(audit.claims()).filteredOn(TitleClaim.class::isInstance).extracting(Claim::text)
            .contains("Secretary of State Antony Blinken", "US Defense Secretary Lloyd Austin");
        assertThat(audit.findings()).noneMatch(f -> f.reason() == Reason.WRONG_TITLE || f.reason() == Reason.MISSPELLED_NAME);
        assertThat(audit.findings()).noneMatch(f -> "quote".equals(f.reason().rule()));
    }
}

package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetSummaryTest {

    private static final FactLocation WHERE = new FactLocation("features/a.feature", 3);

    @Test
    void should_count_the_articles_a_sheet_reads_and_the_findings_that_cite_it() {
        List<SheetSummary> sheets = SheetSummary.of(SampleAudit.report());

        assertThat(sheets).containsExactly(new SheetSummary(SampleAudit.SHEET, new Summary(3, 7, 2, 1, 1, 1)));
    }

    @Test
    void should_count_for_each_sheet_only_the_findings_that_cite_its_facts() {
        AuditReport one = SampleAudit.report();
        ScenarioFacts other = new ScenarioFacts("features/other.feature", "Other facts", 3,
            List.of(new ArticleScope(Path.of("seeds"), true, WHERE)), one.scenarios().get(0).facts());
        List<ScenarioFacts> scenarios = new ArrayList<>(one.scenarios());
        scenarios.add(other);
        AuditReport two = new AuditReport(one.articles(), scenarios, one.problems(), one.stale());

        assertThat(SheetSummary.of(two)).containsExactly(
            new SheetSummary(SampleAudit.SHEET, new Summary(3, 7, 2, 1, 1, 1)),
            new SheetSummary("features/other.feature", new Summary(3, 7, 0, 0, 0, 0)));
    }

    @Test
    void should_find_an_article_in_a_folder_scope_given_relative_or_absolute() {
        assertThat(SheetSummary.covers(new ArticleScope(Path.of("features/../seeds"), true, WHERE), "seeds/a.txt"))
            .isTrue();
        assertThat(SheetSummary.covers(new ArticleScope(Path.of("seeds").toAbsolutePath(), true, WHERE),
            "seeds/sub/a.txt")).isTrue();
        assertThat(SheetSummary.covers(new ArticleScope(Path.of("seeds"), true, WHERE), "seedsx/a.txt")).isFalse();
        assertThat(SheetSummary.covers(new ArticleScope(Path.of("other"), true, WHERE), "seeds/a.txt")).isFalse();
    }

    @Test
    void should_find_an_article_scope_only_for_that_article() {
        ArticleScope one = new ArticleScope(Path.of("seeds/a.txt"), false, WHERE);

        assertThat(SheetSummary.covers(one, "seeds/a.txt")).isTrue();
        assertThat(SheetSummary.covers(one, "seeds/b.txt")).isFalse();
    }
}

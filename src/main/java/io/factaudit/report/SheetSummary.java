package io.factaudit.report;

import io.factaudit.audit.Summary;
import io.factaudit.audit.AuditReport;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.check.Finding;
import io.factaudit.sheet.ArticleScope;
import io.factaudit.sheet.ScenarioFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one fact sheet: the articles its scenarios read, their claims, and the findings
 * that cite one of its facts (or no fact at all).
 */
public record SheetSummary(String uri, Summary summary) {

    /** One summary per sheet, in the order the report lists the scenarios. */
    public static List<SheetSummary> of(AuditReport report) {
        Map<String, List<ArticleScope>> scopes = new LinkedHashMap<>();
        for (ScenarioFacts s : report.scenarios()) {
            scopes.computeIfAbsent(s.uri(), uri -> new ArrayList<>()).addAll(s.scopes());
        }
        List<SheetSummary> sheets = new ArrayList<>();
        scopes.forEach((uri, sheetScopes) -> {
            List<ArticleAudit> read = report.articles().stream()
                .filter(a -> sheetScopes.stream().anyMatch(scope -> covers(scope, a.article().path())))
                .toList();
            sheets.add(new SheetSummary(uri, Summary.of(read, f -> cites(f, uri))));
        });
        return sheets;
    }

    /**
     * Whether a scope holds an article. Article paths are relative to the project root and scopes
     * are resolved from the sheet's folder, relative or absolute: both are compared as absolute
     * paths from the directory the audit runs in, which is the project root.
     */
    static boolean covers(ArticleScope scope, String articlePath) {
        Path article = Path.of(articlePath).toAbsolutePath().normalize();
        Path in = scope.path().toAbsolutePath().normalize();
        return scope.folder() ? article.startsWith(in) : article.equals(in);
    }

    private static boolean cites(Finding finding, String uri) {
        return finding.fact() == null || finding.fact().uri().equals(uri);
    }
}

package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import io.factaudit.draft.ArticleDisagreements;
import io.factaudit.draft.Citation;
import io.factaudit.draft.Disagreement;
import java.util.List;

/**
 * The "where the articles disagree" section of report.html (template {@code disagreements.mustache}):
 * the articles that disagree with each other on a figure, a title or an event's day, each side with its article lines.
 */
public record DisagreementSection(Section disagreements) {

    /** What the template reads under {@code disagreements}. */
    public record Section(List<Item> items) {

        public boolean hasDisagreements() {
            return !items.isEmpty();
        }
    }

    public record Item(String fact, List<Side> sides) {
    }

    public record Side(String says, List<String> citations) {
    }

    static DisagreementSection of(AuditReport report) {
        return of(ArticleDisagreements.in(report.articles()));
    }

    static DisagreementSection of(List<Disagreement> found) {
        return new DisagreementSection(new Section(found.stream().map(d -> new Item(d.fact(), d.sides().stream()
            .map(s -> new Side(s.says(), s.citations().stream().map(Citation::at).toList())).toList())).toList()));
    }
}

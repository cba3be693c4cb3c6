package io.factaudit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.Claim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.TitleClaim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disagreements report.html lists from an audit's claims, whatever the sheet says. */
class ArticleDisagreementsTest {

    private static ArticleAudit audit(String path, String text, Claim... claims) {
        return new ArticleAudit(new Article(path, text, LocalDate.of(2033, 5, 2), LineMap.of(text)), List.of(claims), List.of());
    }

    private static TitleClaim title(String text, String title) {
        return new TitleClaim(new Span(0, text.length()), text, "Noor Azam", title, "Noor Azam");
    }

    private static EventDateClaim dated(String text, int day) {
        LocalDate d = LocalDate.of(2033, 4, day);
        return new EventDateClaim(new Span(0, text.length()), text, "the bridge reopened", d, d, false, "on April " + day);
    }

    @Test
    void another_office_one_article_gives_is_a_disagreement_but_the_same_office_written_otherwise_is_not() {
        List<Disagreement> found = ArticleDisagreements.in(List.of(
            audit("a.txt", "Harbour Minister Noor Azam", title("Harbour Minister Noor Azam", "Harbour Minister")),
            audit("b.txt", "Noor Azam, the minister for the harbour", title("Noor Azam, the minister for the harbour",
                "minister for the harbour")),
            audit("c.txt", "Harbour Minister Noor Azam", title("Harbour Minister Noor Azam", "Harbour Minister")),
            audit("d.txt", "Treasurer Noor Azam", title("Treasurer Noor Azam", "Treasurer"))));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("title");
            assertThat(d.sides()).extracting(Disagreement.Side::says).containsExactly("Harbour Minister, minister for the harbour",
                "Treasurer");
            assertThat(d.sides().get(1).citations()).extracting(Citation::at).containsExactly("d.txt:1");
        });
    }

    @Test
    void an_event_given_two_days_is_a_disagreement_and_one_day_everywhere_is_none() {
        ArticleAudit a = audit("a.txt", "The bridge reopened on April 28.", dated("reopened on April 28", 28));
        ArticleAudit b = audit("b.txt", "The bridge reopened on April 28.", dated("reopened on April 28", 28));
        ArticleAudit c = audit("c.txt", "The bridge reopened on April 29.", dated("reopened on April 29", 29));
        assertThat(ArticleDisagreements.in(List.of(a, b))).isEmpty();
        assertThat(ArticleDisagreements.in(List.of(a, b, c))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("event");
            assertThat(d.sides()).extracting(Disagreement.Side::says).containsExactly("2033-04-28", "2033-04-29");
        });
    }
}

package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.check.Status;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.StateClaim;
import io.factaudit.claim.TitleClaim;
import io.factaudit.quantity.Interval;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgedArticleTest {

    private static final String TEXT = "About 10,000 North Korean troops are fighting, said Defense Secretery Lloyd Austen.";
    private static final Article ARTICLE = new Article("a.txt", TEXT, LocalDate.parse("2024-10-30"), LineMap.of(TEXT));
    private static final CountClaim COUNT = new CountClaim(span("About 10,000 North Korean troops"),
        "About 10,000 North Korean troops", "North Korean troops", new Interval(9000L, 11000L), null, false, false, null);
    private static final StateClaim STATE = new StateClaim(span("North Korean troops are fighting"),
        "North Korean troops are fighting", "North Korean troops", "fighting", false, null);

    @Test
    void should_give_a_finding_to_the_claim_with_its_words_and_rule() {
        Finding state = finding(STATE.span(), Reason.STATE_BEFORE_ITS_DATE, "milestone");

        JudgedArticle judged = JudgedArticle.of(new ArticleAudit(ARTICLE, List.of(COUNT, STATE), List.of(state)));

        assertThat(judged.claims()).extracting(c -> c.claim().kind() + " " + c.verdict())
            .containsExactly("count AGREES", "state CONTRADICTION");
        assertThat(judged.unclaimed()).isEmpty();
        assertThat(judged.verdict()).isEqualTo(Verdict.CONTRADICTION);
    }

    @Test
    void should_give_an_undated_warning_to_the_claim_of_its_rule_whose_words_it_shares_most() {
        Finding undated = finding(span("10,000 North Korean troops are"), Reason.UNDATED, "count");

        JudgedArticle judged = JudgedArticle.of(new ArticleAudit(ARTICLE, List.of(COUNT, STATE), List.of(undated)));

        assertThat(judged.claims().get(0).findings()).containsExactly(undated);
        assertThat(judged.claims().get(1).findings()).isEmpty();
    }

    @Test
    void should_keep_a_finding_that_no_claim_accounts_for() {
        Finding misspelled = finding(span("Lloyd Austen"), Reason.MISSPELLED_NAME, "title");
        TitleClaim title = new TitleClaim(span("Defense Secretery"), "Defense Secretery", "Lloyd Austin",
            "Defense Secretery", "Lloyd Austen");

        JudgedArticle judged = JudgedArticle.of(new ArticleAudit(ARTICLE, List.of(COUNT, title), List.of(misspelled)));

        assertThat(judged.unclaimed()).containsExactly(misspelled);
        assertThat(judged.claims()).allMatch(c -> c.verdict() == Verdict.AGREES);
        assertThat(judged.verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void should_show_an_acknowledged_finding_as_acknowledged_and_a_graver_new_one_first() {
        Finding acknowledged = finding(COUNT.span(), Reason.CONTRADICTION, "count").acknowledged();
        Finding outdated = finding(COUNT.span(), Reason.OUTDATED, "count");

        assertThat(Verdict.of(List.of(acknowledged))).isEqualTo(Verdict.ACKNOWLEDGED);
        assertThat(Verdict.of(List.of(acknowledged, outdated))).isEqualTo(Verdict.WARNING);
        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.AGREES);
    }

    private static Finding finding(Span span, Reason reason, String rule) {
        return new Finding(ARTICLE.path(), span, ARTICLE.positionOf(span.start()), ARTICLE.textOf(span), rule, reason,
            Status.NEW, null, "message");
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }
}

package io.factaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.article.TextPosition;
import io.factaudit.check.Finding;
import io.factaudit.check.Reason;
import io.factaudit.check.Status;
import io.factaudit.sheet.FactLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The board ratified the plan on May 11" against an event and a milestone of May 12: one wrong date. */
class DatedTwiceTest {

    private static Finding finding(String path, int from, int to, Reason reason) {
        return new Finding(path, new Span(from, to), new TextPosition(1, from + 1), "ratified the plan on May 11",
            reason.name(), reason, Status.NEW, new FactLocation("features/plan.feature", 9), "dated wrong");
    }

    @Test
    void the_state_said_too_early_by_the_words_of_a_wrong_date_is_left_out() {
        List<Finding> once = DatedTwice.once(List.of(finding("a.txt", 10, 37, Reason.STATE_BEFORE_ITS_DATE),
            finding("a.txt", 10, 37, Reason.WRONG_DATE)));
        assertThat(once).extracting(Finding::reason).containsExactly(Reason.WRONG_DATE);
    }

    @Test
    void a_state_said_too_early_elsewhere_or_in_another_article_stays() {
        List<Finding> findings = List.of(finding("a.txt", 80, 100, Reason.STATE_BEFORE_ITS_DATE),
            finding("b.txt", 10, 37, Reason.STATE_BEFORE_ITS_DATE), finding("a.txt", 10, 37, Reason.WRONG_DATE),
            finding("a.txt", 10, 37, Reason.STATE_DENIED_AFTER_ITS_DATE));
        assertThat(DatedTwice.once(findings)).hasSize(4);
    }
}

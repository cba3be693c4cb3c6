package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.language.Document;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCheckTest {

    private static final String TEXT = "In Moscow, the State Duma voted on Wednesday to ratify the treaty.";
    private static final Event RATIFIED = new Event("the State Duma ratified the treaty", LocalDate.of(2024, 10, 24),
        List.of("Duma voted to ratify"), new FactLocation("features/nk-troops.feature", 79));
    private static final Facts FACTS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(RATIFIED), Policy.DEFAULT);

    private static List<Finding> judge(String published, LocalDate from, LocalDate to, boolean relative, String when) {
        Document d = new Document(new Article("news/n02.txt", TEXT,
            published == null ? null : LocalDate.parse(published), LineMap.of(TEXT)));
        Span span = new Span(TEXT.indexOf("the State"), TEXT.indexOf(" the treaty"));
        Claim claim = new EventDateClaim(span, d.textOf(span), RATIFIED.event(), from, to, relative, when);
        return new EventCheck().judge(d, List.of(claim), FACTS);
    }

    @Test
    void should_report_a_date_that_misses_the_event_with_the_days_read_and_the_sheets_date() {
        List<Finding> findings = judge("2024-10-24", LocalDate.of(2024, 10, 23), LocalDate.of(2024, 10, 23), true,
            "Wednesday");
        assertThat(findings).extracting(Finding::describe).containsExactly("""
            news/n02.txt:1:12: contradiction wrong date: dates the State Duma ratified the treaty to 2024-10-23 \
            ("Wednesday", read against this article's date 2024-10-24), but the sheet dates it 2024-10-24 (features/nk-troops.feature:79)
              "the State Duma voted on Wednesday to ratify\"""");
        assertThat(findings.get(0).rule()).isEqualTo("event");
    }

    @Test
    void should_report_a_span_of_days_that_misses_the_event() {
        assertThat(judge("2024-11-08", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), false, "September 2024"))
            .extracting(Finding::message).containsExactly("dates the State Duma ratified the treaty to 2024-09-01 to"
                + " 2024-09-30 (\"September 2024\"), but the sheet dates it 2024-10-24 (features/nk-troops.feature:79)");
    }

    @Test
    void should_accept_days_that_include_the_event() {
        assertThat(judge("2024-11-01", LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 27), true, "last week"))
            .isEmpty();
    }

    @Test
    void should_warn_of_a_relative_date_in_an_undated_article() {
        assertThat(judge(null, null, null, true, "on Wednesday")).extracting(Finding::line).containsExactly(
            "news/n02.txt:1:12: warning undated: dates the State Duma ratified the treaty \"on Wednesday\", which"
                + " depends on the article's date, and this article has no date: give it one (a sidecar .json with"
                + " \"published\", or a dateline) to check it against the sheet's 2024-10-24"
                + " (features/nk-troops.feature:79)");
    }
}

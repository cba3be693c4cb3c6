package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.claim.StateClaim;
import io.factaudit.text.date.DateMention;
import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneCheckTest {

    private static final String TEXT = "Intro line.\nAbout 10,000 North Korean troops are reported to be fighting here.";
    private static final Milestone FIGHTING = new Milestone("North Korean troops", "fighting", LocalDate.of(2024, 11, 4),
        List.of("battling"), new FactLocation("features/nk-troops.feature", 27));
    private static final Facts FACTS = new Facts(List.of(), List.of(), List.of(FIGHTING), List.of(), List.of(),
        List.of(), Policy.DEFAULT);

    private static List<Finding> judge(String published, boolean negated, DateMention time) {
        return judge(published, negated, time, false);
    }

    private static List<Finding> judge(String published, boolean negated, DateMention time, boolean ended) {
        Document d = new Document(new Article("seeds/kursk-brief.txt", TEXT,
            published == null ? null : LocalDate.parse(published), LineMap.of(TEXT)));
        int start = TEXT.indexOf("About");
        Span span = new Span(start, TEXT.indexOf(" here"));
        Claim claim = new StateClaim(span, d.textOf(span), "North Korean troops", "fighting", negated, time, ended);
        return new MilestoneCheck().judge(d, List.of(claim), FACTS);
    }

    @Test
    void should_report_a_state_said_before_its_date_with_the_line_an_editor_reads() {
        List<Finding> findings = judge("2024-10-30", false, null);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).describe()).isEqualTo("""
            seeds/kursk-brief.txt:2:1: contradiction state before its date: says North Korean troops were fighting, \
            but the sheet has them fighting only from 2024-11-04 and this article was published 2024-10-30 (features/nk-troops.feature:27)
              "About 10,000 North Korean troops are reported to be fighting\"""");
        assertThat(findings.get(0).rule()).isEqualTo("milestone");
        assertThat(findings.get(0).fact()).isEqualTo(new FactLocation("features/nk-troops.feature", 27));
    }

    @Test
    void should_report_a_state_denied_on_or_after_its_date() {
        assertThat(judge("2024-11-04", true, null)).extracting(Finding::line).containsExactly(
            "seeds/kursk-brief.txt:2:1: contradiction state denied after its date: says North Korean troops were not yet"
                + " fighting, but the sheet has them fighting from 2024-11-04 and this article was published 2024-11-04"
                + " (features/nk-troops.feature:27)");
    }

    @Test
    void should_accept_a_state_said_from_its_date_and_denied_before_it() {
        assertThat(judge("2024-11-04", false, null)).isEmpty();
        assertThat(judge("2024-11-03", true, null)).isEmpty();
    }

    @Test
    void should_judge_a_state_at_the_time_its_sentence_gives() {
        DateMention lateOctober = new DateMention(new Span(0, 1), LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 31),
            true);
        assertThat(judge("2024-12-20", false, lateOctober)).extracting(Finding::message).containsExactly(
            "says North Korean troops were fighting (2024-10-21 to 2024-10-31), but the sheet has them fighting only"
                + " from 2024-11-04 (features/nk-troops.feature:27)");
        DateMention november = new DateMention(new Span(0, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30),
            true);
        assertThat(judge("2024-10-30", false, november)).as("a time that reaches the date").isEmpty();
    }

    @Test
    void should_warn_once_per_claim_in_an_undated_article() {
        assertThat(judge(null, false, null)).extracting(Finding::line).containsExactly(
            "seeds/kursk-brief.txt:2:1: warning undated: says North Korean troops were fighting, but the sheet has them"
                + " fighting only from 2024-11-04 and this article has no date: give it one (a sidecar .json with"
                + " \"published\", or a dateline) so the claim can be checked (features/nk-troops.feature:27)");
    }

    @Test
    void should_judge_a_state_said_to_have_ended_as_denied_now_and_held_before() {
        assertThat(judge("2024-11-20", true, null, true)).extracting(Finding::message).containsExactly(
            "says North Korean troops were no longer fighting, but the sheet has them fighting from 2024-11-04"
                + " and this article was published 2024-11-20 (features/nk-troops.feature:27)");
        assertThat(judge("2024-10-30", true, null, true)).extracting(Finding::message).containsExactly(
            "says North Korean troops were no longer fighting, so fighting before then, but the sheet has them"
                + " fighting only from 2024-11-04 and this article was published 2024-10-30 (features/nk-troops.feature:27)");
        assertThat(judge("2024-10-30", true, null, false)).as("not yet, before the date").isEmpty();
    }
}

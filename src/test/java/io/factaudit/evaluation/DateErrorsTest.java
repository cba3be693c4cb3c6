package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.claim.DateDecision;
import io.factaudit.claim.EventDateClaim;
import io.factaudit.claim.EventDateReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kinds of event-date errors a topic is told, from invented articles of two invented topics read by the date reader. */
class DateErrorsTest {

    private static final LocalDate MARKET_DAY = LocalDate.of(2025, 5, 6);
    private static final LocalDate LAUNCH_DAY = LocalDate.of(2025, 9, 2);

    private static Facts sheet(String event, LocalDate day, String alias) {
        return new Facts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(new Event(event, day, List.of(alias), new FactLocation("features/t.feature", 3))), Policy.DEFAULT);
    }

    private static final Facts MARKET = sheet("the market hall opened", MARKET_DAY, "opened the market hall");
    private static final Facts ROCKET = sheet("the probe launched", LAUNCH_DAY, "launched the probe");

    /** The date errors of one article whose gold dates the events in {@code goldTexts}. */
    private static Map<String, Integer> errors(Facts facts, String text, String published, String... goldTexts) {
        Document document = new Document(new Article("news/a.txt", text, LocalDate.parse(published), LineMap.of(text)));
        List<DateDecision> decisions = new EventDateReader().decisions(document, facts);
        List<GoldItem> gold = java.util.Arrays.stream(goldTexts).map(g -> {
            int at = text.indexOf(g);
            return new GoldItem(DateErrors.KIND, new Span(at, at + g.length()), g, facts.events().get(0).event(), null, null);
        }).toList();
        List<GoldItem> reported = decisions.stream().filter(DateDecision::isClaim).map(DateDecision::claim)
            .map(c -> new GoldItem(c.kind(), c.span(), c.text(), "", null, null)).toList();
        return Evaluation.score("a.txt", gold, reported, false, span -> null, new DateErrors.Reading(decisions,
            Map.of(facts.events().get(0).event(), facts.events().get(0)),
            span -> !document.dates().find(text, span).isEmpty())).dateErrors();
    }

    @Test
    void a_date_read_right_is_no_error_on_either_topic() {
        assertThat(errors(MARKET, "The mayor opened the market hall on Tuesday.", "2025-05-08",
            "opened the market hall on Tuesday")).isEmpty();
        assertThat(errors(ROCKET, "The agency launched the probe on Tuesday.", "2025-09-04",
            "launched the probe on Tuesday")).isEmpty();
    }

    @Test
    void a_mention_without_a_date_in_its_sentence_is_told_so() {
        assertThat(errors(MARKET, "The mayor opened the market hall.", "2025-05-08",
            "opened the market hall")).containsExactlyEntriesOf(Map.of("missed: " + DateDecision.NO_DATE, 1));
        assertThat(errors(ROCKET, "The agency launched the probe.", "2025-09-04",
            "launched the probe")).containsExactlyEntriesOf(Map.of("missed: " + DateDecision.NO_DATE, 1));
    }

    @Test
    void words_the_sheet_does_not_use_are_told_as_not_found_with_how_many_of_its_words_and_whether_a_date_stands_there() {
        assertThat(errors(MARKET, "Stalls first traded under the new roof on Tuesday.", "2025-05-08",
            "Stalls first traded under the new roof on Tuesday"))
            .containsExactlyEntriesOf(Map.of(DateErrors.NOT_FOUND + " (none of its words, a date in the span)", 1));
        assertThat(errors(ROCKET, "The rocket lifted off on Tuesday.", "2025-09-04", "The rocket lifted off on Tuesday"))
            .containsExactlyEntriesOf(Map.of(DateErrors.NOT_FOUND + " (none of its words, a date in the span)", 1));
        assertThat(errors(MARKET, "Crowds filled the new market hall.", "2025-05-08", "Crowds filled the new market hall"))
            .containsExactlyEntriesOf(Map.of(DateErrors.NOT_FOUND + " (some of its words, no date in the span)", 1));
    }

    @Test
    void a_date_not_attached_is_told_by_what_stands_between() {
        assertThat(errors(MARKET, "The mayor opened the market hall, officials said on Tuesday.", "2025-05-08",
            "opened the market hall")).containsExactlyEntriesOf(
                Map.of("missed: " + DateDecision.NOT_ATTACHED + " (after, on a verb of saying)", 1));
        assertThat(errors(ROCKET, "The agency launched the probe and its second stage fired on Tuesday.", "2025-09-04",
            "launched the probe")).containsExactlyEntriesOf(
                Map.of("missed: " + DateDecision.NOT_ATTACHED + " (after, across a clause word)", 1));
    }

    @Test
    void a_mention_not_vouched_for_is_told_by_its_assertion_whatever_the_verb_of_saying() {
        for (String verb : List.of("asked whether", "wondered whether")) {
            assertThat(errors(MARKET, "Traders " + verb + " the mayor opened the market hall on Tuesday.", "2025-05-08",
                "opened the market hall on Tuesday"))
                .hasSize(1).allSatisfy((kind, n) -> assertThat(kind).startsWith("missed: not vouched ("));
        }
        assertThat(errors(ROCKET, "Did the agency launch the probe on Tuesday?", "2025-09-04",
            "launch the probe on Tuesday"))
            .hasSize(1).allSatisfy((kind, n) -> assertThat(kind).startsWith("missed: not vouched ("));
    }

    @Test
    void an_extra_is_told_by_the_way_its_date_was_read_and_whether_it_holds_the_sheets_day() {
        assertThat(errors(MARKET, "The mayor opened the market hall on Tuesday.", "2025-05-08"))
            .containsExactlyEntriesOf(Map.of(
                "extra: dated in its sentence, relative a day back (a past form before), holding the sheet's day", 1));
        assertThat(errors(ROCKET, "The agency will launch the probe on Friday.", "2025-08-27"))
            .containsExactlyEntriesOf(Map.of(
                "extra: dated in its sentence, relative a day forward (a future word before), before the sheet's day", 1));
    }

    @Test
    void a_mention_to_come_once_the_sheets_day_has_passed_is_told_as_another_occurrence() {
        assertThat(errors(ROCKET, "The agency will launch the probe again on Friday.", "2025-09-04", "launch the probe again on Friday"))
            .containsExactlyEntriesOf(Map.of("missed: another occurrence, to come", 1));
    }
}

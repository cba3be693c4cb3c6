package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factaudit.article.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation.score itself, on reported and gold items made by hand. */
class EvaluationScoreTest {

    private static GoldItem title(int start, int end) {
        return new GoldItem("title", new Span(start, end), "t" + start, "", null, null);
    }

    private static GoldItem count(int start, int end, long low, String where) {
        return new GoldItem("count", new Span(start, end), "c" + start, "cases / null", low, low, null, where);
    }

    private static GoldItem finding(int start, String severity, String reason) {
        return GoldItem.finding(severity, new Span(start, start + 5), "f" + start, reason);
    }

    @Test
    void one_reported_item_overlapping_two_gold_items_matches_only_one() {
        Evaluation.Score s = Evaluation.score("a.txt", List.of(title(0, 10), title(5, 20)), List.of(title(4, 12)), false);
        Tally t = s.tallies().get("title");
        assertThat(t).isEqualTo(new Tally(1, 1, 1, 2));
        assertThat(s.misses()).singleElement().asString().startsWith("a.txt: missed title");
    }

    @Test
    void two_reported_items_on_one_gold_item_count_one_extra() {
        Evaluation.Score s = Evaluation.score("a.txt", List.of(title(0, 10)), List.of(title(0, 4), title(6, 10)), false);
        assertThat(s.tallies().get("title")).isEqualTo(new Tally(1, 2, 1, 1));
        assertThat(s.misses()).singleElement().asString().contains("extra title");
    }

    @Test
    void the_pairing_is_the_largest_one_not_the_first_found() {
        // reported A overlaps gold 1 and 2, reported B only gold 1: a greedy pairing of A with 1 would lose B
        Evaluation.Score s = Evaluation.score("a.txt", List.of(title(0, 5), title(8, 12)),
            List.of(title(3, 10), title(0, 2)), false);
        assertThat(s.tallies().get("title")).isEqualTo(new Tally(2, 2, 2, 2));
    }

    @Test
    void a_finding_matches_with_its_severity_and_its_reason() {
        Evaluation.Score s = Evaluation.score("a.txt", List.of(finding(0, "contradiction", "misattributed")),
            List.of(finding(0, "contradiction", "contradiction")), false);
        assertThat(s.tallies().get("contradiction")).isEqualTo(new Tally(0, 1, 0, 1));
        assertThat(s.reasons().get("misattributed")).isEqualTo(new Tally(0, 0, 0, 1));
        assertThat(s.reasons().get("contradiction")).isEqualTo(new Tally(0, 1, 0, 0));
        Evaluation.Score same = Evaluation.score("a.txt", List.of(finding(0, "warning", "outdated")),
            List.of(finding(2, "warning", "outdated")), false);
        assertThat(same.reasons().get("outdated")).isEqualTo(new Tally(1, 1, 1, 1));
    }

    @Test
    void counts_match_their_place_only_where_the_gold_uses_places() {
        List<GoldItem> gold = List.of(count(0, 10, 96, "Marlow County"));
        List<GoldItem> whole = List.of(count(0, 10, 96, null));
        assertThat(Evaluation.score("a.txt", gold, whole, true).tallies().get("count")).isEqualTo(new Tally(0, 1, 0, 1));
        assertThat(Evaluation.score("a.txt", gold, whole, false).tallies().get("count")).isEqualTo(new Tally(1, 1, 1, 1));
        assertThat(Evaluation.score("a.txt", gold, List.of(count(2, 8, 96, "Marlow County")), true).tallies().get("count"))
            .isEqualTo(new Tally(1, 1, 1, 1));
    }

    @Test
    void nothing_on_either_side_is_no_score() {
        Evaluation.Score s = Evaluation.score("a.txt", List.of(), List.of(), false);
        assertThat(s.tallies()).isEmpty();
        assertThat(Tally.ratio(new Tally(0, 0, 0, 3).precision())).isEqualTo("n/a");
        assertThat(Tally.ratio(new Tally(0, 0, 0, 3).recall())).isEqualTo("0.00");
    }

    @Test
    void a_gold_text_not_in_its_article_names_the_article_and_the_text(@TempDir Path dir) throws Exception {
        Path topic = dir.resolve("topic");
        Files.createDirectories(topic.resolve("articles"));
        Files.writeString(topic.resolve("topic.feature"), """
            Feature: t
              Background:
                Given the articles in "articles"
                And these names:
                  | name  | also written as |
                  | cases | infections      |
                  | Board |                 |
              Scenario: s
                Given these estimates of "cases":
                  | source | as of      | count |
                  | Board  | 2031-01-05 | 900   |
                Then every article agrees with these facts
            """);
        Files.writeString(topic.resolve("articles/a1.txt"), "The board counted 900 cases.\n");
        Files.writeString(topic.resolve("gold.json"), """
            {"articles": {"a1.txt": {"claims": [{"kind": "count", "text": "901 cases", "subject": "cases",
              "low": 901, "high": 901, "source": "Board"}], "findings": []}}}
            """);
        assertThatThrownBy(() -> new Evaluation(dir).evaluate(topic))
            .isInstanceOf(Evaluation.GoldError.class)
            .hasMessageContaining("\"901 cases\"").hasMessageContaining("a1.txt").hasMessageContaining("not in the article");
    }

    @Test
    void leave_one_topic_out_gives_the_macro_mean_and_the_worst_topic() {
        var a = new Evaluation.TopicScore("a", java.util.Map.of("count", new Tally(9, 10, 9, 9)), java.util.Map.of(),
            java.util.Map.of(), List.of());
        var b = new Evaluation.TopicScore("b", java.util.Map.of("count", new Tally(7, 10, 7, 14)), java.util.Map.of(),
            java.util.Map.of(), List.of());
        var c = new Evaluation.TopicScore("c", java.util.Map.of("state", new Tally(1, 1, 1, 1)), java.util.Map.of(),
            java.util.Map.of(), List.of());
        var summary = LeaveOneTopicOut.summarize(List.of(a, b, c));
        var count = summary.stream().filter(k -> k.kind().equals("count")).findFirst().orElseThrow();
        assertThat(count.meanPrecision()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(count.meanRecall()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(count.worstPrecisionTopic()).isEqualTo("b");
        assertThat(count.worstRecall()).isEqualTo(0.5);
    }

    @Test
    void a_held_out_topic_shows_each_reason_with_its_figures_and_no_words() {
        var topic = new Evaluation.TopicScore("a", java.util.Map.of(), java.util.Map.of(), java.util.Map.of(
            "wrong title", new Tally(1, 2, 1, 1), "altered quote", new Tally(0, 0, 0, 1)), List.of("a.txt: missed x"));
        assertThat(LeaveOneTopicOut.reasons(topic))
            .isEqualTo("altered quote n/a/0.00 (0/0, 0/1); wrong title 0.50/1.00 (1/2, 1/1)")
            .doesNotContain("a.txt");
    }
}

package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import org.junit.jupiter.api.Test;

class GoldItemTest {

    private static GoldItem count(int start, int end, String key, Long low, Long high) {
        return new GoldItem("count", new Span(start, end), "x", key, low, high);
    }

    @Test
    void counts_match_on_overlap_subject_source_and_ends_within_one_percent() {
        GoldItem gold = count(10, 30, "troops / Ukraine", 9900L, 12100L);
        assertThat(count(25, 40, "troops / Ukraine", 9950L, 12150L).matches(gold)).isTrue();
        assertThat(count(30, 40, "troops / Ukraine", 9900L, 12100L).matches(gold)).as("no overlap").isFalse();
        assertThat(count(10, 30, "troops / null", 9900L, 12100L).matches(gold)).as("other source").isFalse();
        assertThat(count(10, 30, "troops / Ukraine", 9900L, null).matches(gold)).as("open end").isFalse();
        assertThat(count(10, 30, "troops / Ukraine", 9700L, 12100L).matches(gold)).as("2% off").isFalse();
    }

    @Test
    void other_items_match_on_category_and_overlap() {
        GoldItem gold = new GoldItem("title", new Span(0, 10), "t", "", null, null);
        assertThat(new GoldItem("title", new Span(9, 12), "t", "", null, null).matches(gold)).isTrue();
        assertThat(new GoldItem("quote", new Span(0, 10), "t", "", null, null).matches(gold)).isFalse();
    }

    @Test
    void a_tally_gives_precision_and_recall() {
        Tally t = new Tally(3, 4, 3, 6).plus(new Tally(1, 1, 1, 2));
        assertThat(t.precision()).isEqualTo(0.8);
        assertThat(t.recall()).isEqualTo(0.5);
        assertThat(Tally.ZERO.precision()).as("0/0 is not 1.00").isNaN();
        assertThat(Tally.ZERO.format()).isEqualTo("precision n/a (0/0)  recall n/a (0/0)");
    }
}

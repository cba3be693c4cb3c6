package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Why a reported contradiction the gold lacks is false, and how an extra count was read, on items made by hand. */
class FalseFindingsTest {

    private static GoldItem count(int start, String key, long figure, String where) {
        return new GoldItem("count", new Span(start, start + 10), "c" + start, key, figure, figure, null, where);
    }

    private static GoldItem contradiction(int start) {
        return GoldItem.finding("contradiction", new Span(start, start + 10), "c" + start, "contradiction");
    }

    @Test
    void each_false_contradiction_is_told_by_what_its_claim_got_wrong_and_how_it_was_read() {
        List<GoldItem> gold = List.of(count(0, "beehives / Apiary Board", 400, null), count(20, "beehives / Apiary Board", 400, null),
            count(40, "beehives / Apiary Board", 400, "Velm"), count(60, "beehives / Apiary Board", 400, null));
        List<GoldItem> reported = List.of(count(0, "beehives / Apiary Board", 400, null),
            count(22, "beehives / Keepers Guild", 400, null), count(42, "beehives / Apiary Board", 400, null),
            count(60, "beehives / Apiary Board", 480, null), count(200, "beehives / Apiary Board", 90, null),
            new GoldItem("state", new Span(300, 310), "s", "", null, null));
        List<GoldItem> findings = List.of(contradiction(0), contradiction(22), contradiction(42), contradiction(60),
            contradiction(200), contradiction(300), contradiction(400));
        Map<String, Integer> kinds = FalseFindings.of(gold, reported, List.of(), findings, true,
            span -> span.start() == 200 ? "the noun after it" : null);
        assertThat(kinds).containsEntry(FalseFindings.PREFIX + "a count the gold has as read", 1)
            .containsEntry(FalseFindings.PREFIX + "a count the gold has with another source [" + FalseFindings.TABLE_OR_LINE + "]", 1)
            .containsEntry(FalseFindings.PREFIX + "a count the gold has with another place [" + FalseFindings.TABLE_OR_LINE + "]", 1)
            .containsEntry(FalseFindings.PREFIX + "a count the gold has with another figure or hedge [" + FalseFindings.TABLE_OR_LINE + "]", 1)
            .containsEntry(FalseFindings.PREFIX + "a count where the gold has none [the noun after it]", 1)
            .containsEntry(FalseFindings.PREFIX + "a claim of state the gold lacks", 1)
            .containsEntry(FalseFindings.PREFIX + "no claim", 1)
            .containsEntry(FalseFindings.EXTRA + "the noun after it", 1)
            .containsEntry(FalseFindings.EXTRA + FalseFindings.TABLE_OR_LINE, 3).hasSize(9);
    }

    @Test
    void a_contradiction_the_gold_has_and_counts_it_has_are_not_told() {
        List<GoldItem> gold = List.of(count(0, "ferry tickets / Harbour Office", 1_200, null));
        List<GoldItem> findings = List.of(contradiction(0));
        assertThat(FalseFindings.of(gold, gold, findings, findings, false, span -> "the noun after it")).isEmpty();
    }

    @Test
    void other_severities_are_not_told_as_false_contradictions() {
        List<GoldItem> gold = List.of(count(0, "ferry tickets / Harbour Office", 1_200, null));
        List<GoldItem> warning = List.of(GoldItem.finding("warning", new Span(0, 10), "c0", "outdated"));
        assertThat(FalseFindings.of(gold, gold, List.of(), warning, false, span -> null)).isEmpty();
    }
}

package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds of count errors a topic is told, on reported and gold items made by hand. */
class CountErrorsTest {

    private static GoldItem count(int start, String key, long figure, String where) {
        return new GoldItem("count", new Span(start, start + 10), "c" + start, key, figure, figure, null, where);
    }

    @Test
    void each_missed_count_is_told_by_the_first_thing_the_reading_got_wrong() {
        List<GoldItem> gold = List.of(count(0, "passengers / Port Authority", 400, null),
            count(20, "passengers / Port Authority", 400, null), count(40, "passengers / Port Authority", 400, null),
            count(60, "passengers / Port Authority", 400, "Norland"), count(80, "passengers / Port Authority", 400, null),
            count(100, "passengers / Port Authority", 400, null));
        List<GoldItem> reported = List.of(count(0, "passengers / Port Authority", 400, null),
            count(22, "passengers / Dock Union", 400, null), count(42, "passengers / Port Authority", 480, null),
            count(62, "passengers / Port Authority", 400, null), count(82, "crew / Port Authority", 400, null),
            count(200, "passengers / Port Authority", 90, null));
        Evaluation.Score s = Evaluation.score("a.txt", gold, reported, true);
        assertThat(s.countErrors()).containsEntry("missed: read with another source", 1)
            .containsEntry("missed: read with another figure or hedge", 1).containsEntry("missed: read with another place", 1)
            .containsEntry("missed: read with another subject", 1).containsEntry(CountErrors.NOT_READ, 1)
            .containsEntry(CountErrors.NONE_THERE, 1).hasSize(6);
    }

    @Test
    void a_topic_read_right_has_no_count_errors() {
        List<GoldItem> gold = List.of(count(0, "arrests / City Police", 120, null));
        assertThat(Evaluation.score("a.txt", gold, gold, false).countErrors()).isEmpty();
    }

    @Test
    void a_count_not_read_is_told_by_the_rule_that_set_its_number_aside() {
        List<GoldItem> gold = List.of(count(0, "arrests / City Police", 120, null), count(50, "arrests / City Police", 90, null));
        Evaluation.Score s = Evaluation.score("a.txt", gold, List.of(), false,
            span -> span.start() == 0 ? "a forecast" : null, DateErrors.Reading.NONE);
        assertThat(s.countErrors()).containsEntry("missed: set aside (a forecast)", 1).containsEntry(CountErrors.NOT_READ, 1)
            .hasSize(2);
    }
}

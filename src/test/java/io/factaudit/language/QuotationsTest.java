package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static List<String> quoted(String text) {
        return Quotations.in(text, List.of(new Span(0, text.length()))).stream().map(q -> q.words(text)).toList();
    }

    @Test
    void should_read_straight_curly_and_single_quotes_without_their_marks() {
        assertThat(quoted("He said \"we are ready\" on Monday.")).containsExactly("we are ready");
        assertThat(quoted("He said \u201cwe are ready\u201d on Monday.")).containsExactly("we are ready");
        assertThat(quoted("'We are ready,' he said.")).containsExactly("We are ready,");
    }

    @Test
    void should_join_pieces_split_by_their_attribution_with_a_cut_between_them() {
        assertThat(quoted("\u201cMake no mistake,\u201d he warned. \u201cIf these troops engage, they are targets.\u201d"))
            .containsExactly("Make no mistake, \u2026 If these troops engage, they are targets.");
        assertThat(quoted("\"Of course, there are shortcomings,\" he told reporters, before adding: \"It is not possible.\""))
            .containsExactly("Of course, there are shortcomings, \u2026 It is not possible.");
    }

    @Test
    void should_keep_apart_quotes_that_end_a_sentence_or_are_far_apart() {
        assertThat(quoted("\"We are ready.\" He then left. \"Nobody asked,\" she said.")).hasSize(2);
        assertThat(quoted("\"We are ready,\" he said, and then he spoke for an hour about the weather, the roads, the"
            + " harvest and the children of the village before he said \"nothing else\"")).hasSize(2);
    }

    @Test
    void should_not_take_apostrophes_for_quote_marks() {
        assertThat(quoted("The soldiers' families say it's Kim's war.")).isEmpty();
    }

    @Test
    void should_run_a_quote_left_open_to_the_end_of_its_paragraph() {
        assertThat(quoted("He said: \"We are ready and we will go")).containsExactly("We are ready and we will go");
    }
}

package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Alignment.Op;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static final String KNOWN = "the way they've been integrated into the Russian formations, I fully expect to see them";

    private static Alignment align(String quoted) {
        return Alignment.of(QuotedWords.of(quoted), QuotedWords.of(KNOWN));
    }

    @Test
    void should_find_no_difference_in_a_fragment_quoted_word_for_word() {
        Alignment a = align("into the Russian formations, I fully expect");
        assertThat(a.differences()).isEmpty();
        assertThat(a.matches()).isEqualTo(7);
    }

    @Test
    void should_find_words_left_out_inside_the_quoted_stretch() {
        Alignment a = align("the way they've been integrated, I fully expect to see them");
        assertThat(a.differences()).extracting(Alignment.Edit::op).containsOnly(Op.LEFT_OUT).hasSize(4);
    }

    @Test
    void should_find_a_changed_word_even_at_the_edge_of_the_quoted_stretch() {
        assertThat(align("I fully expect to see him").differences()).extracting(Alignment.Edit::op)
            .containsExactly(Op.CHANGED);
        assertThat(align("I really expect to see them").differences()).extracting(Alignment.Edit::op)
            .containsExactly(Op.CHANGED);
    }

    @Test
    void should_allow_words_left_out_where_the_reporter_cut_the_quote() {
        assertThat(align("the way they've been integrated \u2026 I fully expect to see them").differences()).isEmpty();
    }

    @Test
    void should_read_the_same_letters_joined_differently_as_no_change() {
        Alignment a = Alignment.of(QuotedWords.of("failed people in northwest Syria"),
            QuotedWords.of("failed people in north-west Syria"));
        assertThat(a.differences()).isEmpty();
    }
}

package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.report.Highlighter.Mark;
import io.factaudit.report.Highlighter.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static final String TEXT = "About 10,000 North Korean troops are fighting alongside Russian forces.";

    @Test
    void should_cut_the_text_into_plain_and_marked_pieces_that_join_back_into_it() {
        Mark count = mark(TEXT.indexOf("10,000"), TEXT.indexOf(" are"), Verdict.AGREES, "count");

        List<Piece> pieces = Highlighter.pieces(TEXT, List.of(count));

        assertThat(pieces).extracting(Piece::text)
            .containsExactly("About ", "10,000 North Korean troops", " are fighting alongside Russian forces.");
        assertThat(pieces).extracting(Piece::shown).containsExactly(null, count, null);
        assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void should_show_the_gravest_of_overlapping_marks_and_the_innermost_when_they_tie() {
        Mark sentence = mark(0, TEXT.length() - 1, Verdict.CONTRADICTION, "state");
        Mark count = mark(6, TEXT.indexOf(" are"), Verdict.AGREES, "count");
        Mark inner = mark(6, 12, Verdict.CONTRADICTION, "inner");

        List<Piece> pieces = Highlighter.pieces(TEXT, List.of(sentence, count, inner));

        assertThat(pieces).extracting(p -> p.text() + "=" + (p.shown() == null ? "-" : p.shown().id()))
            .containsExactly("About =state", "10,000=inner", " North Korean troops=state",
                " are fighting alongside Russian forces=state", ".=-");
        assertThat(pieces.get(1).covering()).containsExactly(sentence, inner, count);  // in text order
    }

    @Test
    void should_name_every_mark_where_it_starts_even_one_shown_as_another() {
        Mark sentence = mark(0, TEXT.length(), Verdict.CONTRADICTION, "state");
        Mark count = mark(0, 12, Verdict.AGREES, "count");

        List<Piece> pieces = Highlighter.pieces(TEXT, List.of(count, sentence));

        assertThat(pieces.get(0).starting()).containsExactly(count, sentence);
        assertThat(pieces.get(0).shown()).isEqualTo(sentence);
        assertThat(pieces.get(1).starting()).isEmpty();
    }

    @Test
    void should_keep_marks_inside_the_text_and_drop_empty_ones() {
        Mark beyond = mark(TEXT.length() - 7, TEXT.length() + 40, Verdict.WARNING, "beyond");
        Mark empty = mark(3, 3, Verdict.WARNING, "empty");

        List<Piece> pieces = Highlighter.pieces(TEXT, List.of(beyond, empty));

        assertThat(pieces).extracting(Piece::text).containsExactly(TEXT.substring(0, TEXT.length() - 7), "forces.");
        assertThat(pieces.get(1).shown().id()).isEqualTo("beyond");
    }

    @Test
    void should_give_no_piece_for_an_empty_text() {
        assertThat(Highlighter.pieces("", List.of(mark(0, 0, Verdict.AGREES, "none")))).isEmpty();
    }

    private static Mark mark(int start, int end, Verdict verdict, String id) {
        return new Mark(new Span(start, end), verdict, id, id);
    }
}

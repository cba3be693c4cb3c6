package io.factaudit.report;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into pieces so that overlapping marks (a count inside a state's sentence,
 * say) can be shown without nesting: each piece shows the gravest mark covering it, the innermost
 * when verdicts tie, and names every mark that starts there so that links can point at it.
 */
final class Highlighter {

    /** Something to highlight: a claim or a finding, with its verdict and a hover text. */
    record Mark(Span span, Verdict verdict, String id, String title) {
    }

    /**
     * A piece of the text.
     *
     * @param shown    the mark the piece is shown as, or null for plain text
     * @param starting the marks that start at this piece, in text order
     * @param covering every mark over the piece
     */
    record Piece(String text, Mark shown, List<Mark> starting, List<Mark> covering) {
    }

    private static final Comparator<Mark> SHOWN_FIRST = Comparator.comparing(Mark::verdict)
        .thenComparingInt(m -> m.span().length());

    private Highlighter() {
    }

    static List<Piece> pieces(String text, List<Mark> marks) {
        List<Mark> kept = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            int start = Math.min(m.span().start(), text.length());
            int end = Math.min(m.span().end(), text.length());
            if (start < end) {
                Mark clamped = new Mark(new Span(start, end), m.verdict(), m.id(), m.title());
                kept.add(clamped);
                cuts.add(start);
                cuts.add(end);
            }
        }
        kept.sort(Comparator.comparing(Mark::span));
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                pieces.add(piece(text, from, to, kept));
            }
            from = to;
        }
        return pieces;
    }

    private static Piece piece(String text, int from, int to, List<Mark> marks) {
        List<Mark> covering = new ArrayList<>();
        List<Mark> starting = new ArrayList<>();
        for (Mark m : marks) {
            if (m.span().start() >= to) {
                break;  // sorted by start: no later mark reaches back
            }
            if (m.span().end() > from) {
                covering.add(m);
                if (m.span().start() == from) {
                    starting.add(m);
                }
            }
        }
        Mark shown = covering.stream().min(SHOWN_FIRST).orElse(null);
        return new Piece(text.substring(from, to), shown, starting, covering);
    }
}

package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.List;

/**
 * Quoted speech: one or more quoted pieces that an attribution splits ("…,” he said. “…”).
 *
 * @param pieces the quoted words of each piece, without the quote marks
 * @param marked each piece with its quote marks
 */
public record Quotation(List<Span> pieces, List<Span> marked) {

    public Quotation {
        pieces = List.copyOf(pieces);
        marked = List.copyOf(marked);
        if (pieces.isEmpty() || pieces.size() != marked.size()) {
            throw new IllegalArgumentException("a quotation needs one marked span per piece");
        }
    }

    /** From the first quoted word to the last, attributions between pieces included. */
    public Span span() {
        return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    }

    /** From the first opening quote mark to the last closing one. */
    public Span outer() {
        return new Span(marked.get(0).start(), marked.get(marked.size() - 1).end());
    }

    /** The text between two pieces: the attribution that splits them. */
    public List<Span> gaps() {
        return java.util.stream.IntStream.range(1, marked.size())
            .mapToObj(i -> new Span(marked.get(i - 1).end(), marked.get(i).start())).toList();
    }

    /** The quoted words of every piece, joined with a cut between pieces. */
    public String words(String text) {
        StringBuilder joined = new StringBuilder();
        for (Span piece : pieces) {
            if (!joined.isEmpty()) {
                joined.append(QuotedWords.CUT);
            }
            joined.append(text, piece.start(), piece.end());
        }
        return joined.toString();
    }
}

package io.factaudit.claim;

import io.factaudit.article.SortedOffsets;
import io.factaudit.article.Span;
import io.factaudit.language.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A document's mentions of the sheet's names, looked up by where they start: a reader asking for
 * the mentions of one sentence, or the last one before an offset, reads those near it and not every
 * mention of the document, so a long article costs what its length does, not its square (the people
 * named outside quotations have {@code language.MentionIndex}). Answers keep the list's own order,
 * so a reader that takes the first or last match takes the same one.
 */
final class MentionsByOffset {

    private final List<Mention> mentions;
    /** Indices into {@code mentions}, by start offset. */
    private final int[] byStart;
    private final int[] starts;

    MentionsByOffset(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
        this.byStart = IntStream.range(0, this.mentions.size()).boxed()
            .sorted(Comparator.comparingInt(i -> this.mentions.get(i).span().start()))
            .mapToInt(Integer::intValue).toArray();
        this.starts = Arrays.stream(byStart).map(i -> this.mentions.get(i).span().start()).toArray();
    }

    /** The mentions that a span contains, in the list's order. */
    List<Mention> within(Span span) {
        int[] found = startingIn(span.start(), span.end());
        List<Mention> result = new ArrayList<>(found.length);
        for (int i : found) {
            Mention m = mentions.get(i);
            if (span.contains(m.span())) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * The mention latest in the list's order that starts at or after {@code from}, ends at or before
     * {@code offset} and passes a test; null when none does.
     */
    Mention lastBefore(int from, int offset, Predicate<Mention> test) {
        int best = -1;
        for (int i : startingIn(from, offset)) {
            Mention m = mentions.get(i);
            if (m.span().end() <= offset && test.test(m)) {
                best = i;
            }
        }
        return best < 0 ? null : mentions.get(best);
    }

    /** The list indices of the mentions starting in [from, to], ascending. */
    private int[] startingIn(int from, int to) {
        int low = firstAtOrAfter(from);
        int high = firstAtOrAfter(to + 1);
        if (low >= high) {
            return new int[0];
        }
        int[] found = Arrays.copyOfRange(byStart, low, high);
        Arrays.sort(found);
        return found;
    }

    private int firstAtOrAfter(int offset) {
        return SortedOffsets.firstAtOrAfter(starts, offset);
    }
}

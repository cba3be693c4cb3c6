package io.factaudit.language;

import io.factaudit.article.SortedOffsets;
import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The people a text names outside its quotations, and its quotations, indexed once by offset: the
 * speaker of each quotation is found by looking up the names near it, never by walking every name
 * of the article, so a long article costs what its length does, not its square.
 */
final class MentionIndex {

    private final List<PersonMention> mentions;
    private final int[] starts;
    private final List<Quotation> quotations;
    private final Map<Quotation, Integer> positions = new HashMap<>();

    /**
     * @param mentions   every person named in the text, in order
     * @param quotations every quotation in the text, in order: names inside them are not speakers
     */
    MentionIndex(List<PersonMention> mentions, List<Quotation> quotations) {
        this.quotations = quotations;
        for (int i = 0; i < quotations.size(); i++) {
            positions.putIfAbsent(quotations.get(i), i);
        }
        List<Span> pieces = new ArrayList<>();
        quotations.forEach(q -> pieces.addAll(q.pieces()));
        pieces.sort(Span::compareTo);
        List<PersonMention> outside = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (!inside(pieces, m.span())) {
                outside.add(m);
            }
        }
        outside.sort((a, b) -> a.span().compareTo(b.span()));
        this.mentions = outside;
        this.starts = outside.stream().mapToInt(m -> m.span().start()).toArray();
    }

    /** Every name outside the quotations, in order. */
    List<PersonMention> all() {
        return mentions;
    }

    /** The names that lie within a window, in order. */
    List<PersonMention> within(Span window) {
        List<PersonMention> found = new ArrayList<>();
        for (int i = firstFrom(window.start()); i < mentions.size() && starts[i] < window.end(); i++) {
            if (window.contains(mentions.get(i).span())) {
                found.add(mentions.get(i));
            }
        }
        return found;
    }

    /** Whether a name that lies within a window passes a test. */
    boolean anyWithin(Span window, Predicate<PersonMention> test) {
        return within(window).stream().anyMatch(test);
    }

    /** Whether a name starts at an offset from {@code from} to {@code to}, both included. */
    boolean startsBetween(int from, int to) {
        int i = firstFrom(from);
        return i < mentions.size() && starts[i] <= to;
    }

    /** The last name that ends by an offset and passes a test, looking back from the offset. */
    Optional<PersonMention> lastBefore(int offset, Predicate<PersonMention> test) {
        for (int i = firstFrom(offset) - 1; i >= 0; i--) {
            PersonMention m = mentions.get(i);
            if (m.span().end() <= offset && test.test(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The quotation before one in the text, if any. */
    Optional<Quotation> previous(Quotation quotation) {
        Integer at = positions.get(quotation);
        return at == null || at == 0 ? Optional.empty() : Optional.of(quotations.get(at - 1));
    }

    /** The quotation after one in the text, if any. */
    Optional<Quotation> next(Quotation quotation) {
        Integer at = positions.get(quotation);
        return at == null || at + 1 >= quotations.size() ? Optional.empty() : Optional.of(quotations.get(at + 1));
    }

    /** Where the last quotation that closes before this one opens ends; 0 if none does. */
    int previousQuotationEnd(Quotation quotation) {
        Integer at = positions.get(quotation);
        int start = quotation.outer().start();
        for (int i = (at == null ? quotations.size() : at) - 1; i >= 0; i--) {
            int end = quotations.get(i).outer().end();
            if (end <= start) {
                return end;
            }
        }
        return 0;
    }

    private int firstFrom(int offset) {
        return SortedOffsets.firstAtOrAfter(starts, offset);
    }

    /** Whether a span lies inside one of the quoted pieces (sorted by start). */
    private static boolean inside(List<Span> pieces, Span span) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pieces.get(mid).start() <= span.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // pieces that start at or before the span: a nested or long one may hold it
        for (int i = low - 1; i >= 0 && i >= low - 4; i--) {
            if (pieces.get(i).contains(span)) {
                return true;
            }
        }
        return false;
    }
}

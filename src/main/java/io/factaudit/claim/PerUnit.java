package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.quantity.Quantity;
import java.util.List;

/**
 * A count given per unit: "two units of 6,000 soldiers each", "6,000 troops in each of two units".
 * The claim is the product, written over the words that give both numbers.
 *
 * @param factor how many units (1 when the count is not per unit)
 * @param span   the words of the whole claim
 */
record PerUnit(long factor, Span span) {

    static PerUnit of(CountSentence s, int first, int end, List<Quantity> all, Span span) {
        int perUnitStart = before(s, first, all);
        if (perUnitStart >= 0 && eachAt(s, end) >= 0) {
            int each = eachAt(s, end);
            long units = valueAt(s.word(first - 3).span(), all);
            return new PerUnit(units, new Span(s.word(perUnitStart).span().start(), s.word(each).span().end()));
        }
        if (end + 4 < s.size() && s.word(end).is("in") && s.word(end + 1).is("each") && s.word(end + 2).is("of")
            && SubjectProfile.GROUPS.contains(s.word(end + 4).lower())) {
            long units = valueAt(s.word(end + 3).span(), all);
            if (units > 1) {
                return new PerUnit(units, new Span(span.start(), s.word(end + 4).span().end()));
            }
        }
        return new PerUnit(1, span);
    }

    /** "two units of 6,000 soldiers each": the start of "two units of", or -1. */
    private static int before(CountSentence s, int first, List<Quantity> all) {
        if (first < 3 || !s.word(first - 1).is("of") || !SubjectProfile.GROUPS.contains(s.word(first - 2).lower())) {
            return -1;
        }
        Span number = s.word(first - 3).span();
        return all.stream().anyMatch(q -> q.span().overlaps(number)) ? first - 3 : -1;
    }

    private static long valueAt(Span word, List<Quantity> all) {
        return all.stream().filter(q -> q.span().overlaps(word)).findFirst().map(Quantity::value).orElse(1L);
    }

    /** "each" or "apiece" just after what is counted, or -1. */
    private static int eachAt(CountSentence s, int end) {
        for (int i = end; i < Math.min(s.size(), end + 2); i++) {
            if (s.word(i).is("each", "apiece")) {
                return i;
            }
        }
        return -1;
    }
}

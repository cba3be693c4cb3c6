package io.factaudit.evaluation;

import io.factaudit.article.Span;

/**
 * An item of a gold annotation or of the audit's report, reduced to what scoring compares.
 *
 * @param category a claim's kind or a finding's severity
 * @param key      for counts: subject and source, which must be equal; otherwise empty
 * @param low      for counts: the interval's low end (null when open)
 * @param high     for counts: the interval's high end (null when open)
 */
public record GoldItem(String category, Span span, String text, String key, Long low, Long high) {

    /** Same category, overlapping spans and, for counts, the same subject and source and ends within 1%. */
    public boolean matches(GoldItem other) {
        if (!category.equals(other.category) || !span.overlaps(other.span)) {
            return false;
        }
        if (!category.equals("count")) {
            return true;
        }
        return key.equals(other.key) && near(low, other.low) && near(high, other.high);
    }

    private static boolean near(Long a, Long b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }
}

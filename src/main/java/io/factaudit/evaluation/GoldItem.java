package io.factaudit.evaluation;

import io.factaudit.article.Span;
import java.util.Objects;

/**
 * An item of a gold annotation or of the audit's report, reduced to what scoring compares.
 *
 * @param category a claim's kind or a finding's severity
 * @param key      for counts: subject and source, which must be equal; otherwise empty
 * @param low      for counts: the interval's low end (null when open)
 * @param high     for counts: the interval's high end (null when open)
 * @param reason   for findings: the reason ("misattributed"); null for claims, or a gold finding without one
 * @param where    for counts: the place the count is located in, null for the whole
 */
public record GoldItem(String category, Span span, String text, String key, Long low, Long high, String reason,
                       String where) {

    /** A claim or finding compared without reason or place. */
    public GoldItem(String category, Span span, String text, String key, Long low, Long high) {
        this(category, span, text, key, low, high, null, null);
    }

    /** A finding of a severity and a reason. */
    public static GoldItem finding(String severity, Span span, String text, String reason) {
        return new GoldItem(severity, span, text, "", null, null, reason, null);
    }

    /** Same category and overlapping spans; counts with the same subject, source and ends within 1%; findings with the same reason. */
    public boolean matches(GoldItem other) {
        return matches(other, false);
    }

    /** As {@link #matches(GoldItem)}, counts also in the same place when {@code byPlace} (a corpus whose gold uses where). */
    public boolean matches(GoldItem other, boolean byPlace) {
        if (!category.equals(other.category) || !span.overlaps(other.span)) {
            return false;
        }
        if (reason != null && other.reason != null && !reason.equals(other.reason)) {
            return false;
        }
        if (!category.equals("count")) {
            return true;
        }
        return key.equals(other.key) && near(low, other.low) && near(high, other.high)
            && (!byPlace || Objects.equals(where, other.where));
    }

    private static boolean near(Long a, Long b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }
}

package io.factaudit.evaluation;

import java.util.List;

/**
 * How many of a capability's sentences were read as they should be.
 *
 * @param failures each failing sentence with what was expected and what was read, in generation order
 */
public record CapabilityScore(String name, int passed, int total, List<String> failures) {

    public CapabilityScore {
        failures = List.copyOf(failures);
    }

    /** The share of sentences read right; 0 when the capability generated none (it tests nothing). */
    public double rate() {
        return total == 0 ? 0.0 : (double) passed / total;
    }

    /** "capability INV verb of saying (count source): 0.87 (231/264)". */
    public String format() {
        return String.format("capability %s: %.2f (%d/%d)", name, rate(), passed, total);
    }
}

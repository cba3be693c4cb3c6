package io.factaudit.sheet;

/**
 * How a scenario judges: how far "about" reaches and whether warnings fail the check.
 *
 * @param aboutTolerance fraction for "about N" (0.10 unless "Given counts within n% agree")
 * @param warningsFail   "Given warnings count as failures"
 */
public record Policy(double aboutTolerance, boolean warningsFail) {

    public static final Policy DEFAULT = new Policy(0.10, false);

    public Policy withTolerance(double tolerance) {
        return new Policy(tolerance, warningsFail);
    }

    public Policy failingOnWarnings() {
        return new Policy(aboutTolerance, true);
    }
}

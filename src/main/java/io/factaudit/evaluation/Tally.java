package io.factaudit.evaluation;

/** Matched and total items on both sides, from which precision and recall follow. */
public record Tally(int reportedMatched, int reported, int goldMatched, int gold) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(reportedMatched + o.reportedMatched, reported + o.reported, goldMatched + o.goldMatched, gold + o.gold);
    }

    /** NaN when nothing was reported: 0/0 says nothing, it is no 1.00. */
    public double precision() {
        return reported == 0 ? Double.NaN : (double) reportedMatched / reported;
    }

    /** NaN when there was nothing to find. */
    public double recall() {
        return gold == 0 ? Double.NaN : (double) goldMatched / gold;
    }

    public String format() {
        return "precision " + ratio(precision()) + " (" + reportedMatched + "/" + reported + ")  recall " + ratio(recall())
            + " (" + goldMatched + "/" + gold + ")";
    }

    /** "0.95", or "n/a" for 0/0. */
    public static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.2f", value);
    }
}

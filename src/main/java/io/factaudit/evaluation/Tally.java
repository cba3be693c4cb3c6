package io.factaudit.evaluation;

/** Matched and total items on both sides, from which precision and recall follow. */
public record Tally(int reportedMatched, int reported, int goldMatched, int gold) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(reportedMatched + o.reportedMatched, reported + o.reported, goldMatched + o.goldMatched, gold + o.gold);
    }

    /** 1.0 when nothing was reported (nothing reported wrongly). */
    public double precision() {
        return reported == 0 ? 1.0 : (double) reportedMatched / reported;
    }

    /** 1.0 when there was nothing to find. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) goldMatched / gold;
    }

    public String format() {
        return String.format("precision %.2f (%d/%d)  recall %.2f (%d/%d)", precision(), reportedMatched, reported, recall(),
            goldMatched, gold);
    }
}

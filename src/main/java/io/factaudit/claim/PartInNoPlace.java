package io.factaudit.claim;

/**
 * A part of a count that no place of the sheet locates ("Rescuers pulled 31 survivors from the
 * water; 20 of them were taken to hospital", "Of those, 41 are children"): the part is set apart by
 * something the sheet does not keep (a ward, an age, a fate), so it is neither the whole's figure nor
 * a place's (FACT-SHEETS.md 1.1, "Places and parts of a whole": a part is judged by its own place).
 * Judged as the whole it would contradict every row. Only on a sheet with places; without places a
 * part is read as version 1 reads it.
 */
final class PartInNoPlace {

    static final String NAME = "a part of a count in no place of the sheet";

    private PartInNoPlace() {
    }

    /**
     * Whether a part of {@code whole} (null when the number is no part) is left unplaced on a sheet with
     * places. A figure its own source gives ("the union said 500 of its members were held", after
     * another source's count) is that source's count, not a part of the other's.
     */
    static boolean is(CountSentence s, CountClaim whole, boolean from, CountPlace.Placed placed, String source) {
        return whole != null && !from && placed == null && s.context().places().kept()
            && (source == null || source.equals(whole.source()));
    }
}

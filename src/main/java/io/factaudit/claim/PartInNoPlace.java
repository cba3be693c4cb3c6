package io.factaudit.claim;

/**
 * A part of a count that no place of the sheet locates ("Rescuers pulled 31 survivors from the
 * water; 20 of them were taken to hospital", "Of those, 41 are children"): the part is set apart by
 * something the sheet does not keep (a ward, an age, a fate), so it is neither the whole's figure nor
 * a place's (FACT-SHEETS.md 1.1, "Places and parts of a whole": a part is judged by its own place).
 * Judged as the whole it would contradict every row. On a sheet without places, a part with a place
 * phrase of its own ("8,000 of them in the Kursk region") is judged as version 1 judges it, and only
 * a part with none is set aside.
 */
final class PartInNoPlace {

    static final String NAME = "a part of a count in no place of the sheet";

    private PartInNoPlace() {
    }

    /**
     * Whether a part of {@code whole} (null when the number is no part) is left unplaced: in no place
     * of a sheet with places, or with no place phrase on a sheet without places. A figure its own source gives ("the union said 500 of its members were held", after
     * another source's count) is that source's count, not a part of the other's.
     */
    static boolean is(CountSentence s, int first, CountClaim whole, boolean from, CountPlace.Placed placed, String source) {
        return whole != null && !from && placed == null && (s.context().places().kept() || !namedPlaceAfter(s, first))
            && (source == null || source.equals(whole.source()));
    }

    /** Prepositions of a place phrase. */
    private static final java.util.Set<String> LOCATIVES = java.util.Set.of("in", "at", "across", "near", "to", "into", "inside",
        "within");

    /**
     * "12 of them in Ostland", "8,000 of them moved to the Kursk region": a preposition of place and a
     * capitalised word (past "the") after the number in its clause; on a sheet without places such a
     * part is judged as version 1 judges it.
     */
    private static boolean namedPlaceAfter(CountSentence s, int first) {
        for (int i = first + 1; i + 1 < s.size() && i < first + 10; i++) {
            if (s.word(i).is(",", ";", ":", "\u2014", ".")) {
                return false;
            }
            int name = i + 1 < s.size() - 1 && s.word(i + 1).is("the") ? i + 2 : i + 1;
            if (LOCATIVES.contains(s.word(i).lower()) && s.word(name).capitalized()) {
                return true;
            }
        }
        return false;
    }
}

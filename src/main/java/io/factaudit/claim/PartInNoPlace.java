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
    /** The rule that sets aside a partitive no count before it is the whole of. */
    static final String NO_WHOLE = "a part of no count given before it";

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

    /**
     * Whether a partitive with no count before it in its paragraph ("Two of the dead were children",
     * "40 of them were treated in hospital") is left unplaced, as {@link #is} asks of a part of a
     * count: "of the dead" says only what the whole is, not how many, so the number is a part of a
     * toll the sentence does not give. It is the subject's count when what the clause says of them
     * is one of the subject's words ("300 of the residents were evacuated" on a sheet of evacuees).
     */
    static boolean alone(CountSentence s, CountedNumber n, CountPlace.Placed placed, SubjectProfile subject) {
        return placed == null && (s.context().places().kept() || !namedPlaceAfter(s, n.first()))
            && !saidAfter(s, n.end(), subject);
    }

    /** How far after the partitive a word of the subject may say what the part underwent ("were later found to have drowned"). */
    private static final int SAID_REACH = 6;

    private static boolean saidAfter(CountSentence s, int end, SubjectProfile subject) {
        for (int i = end; i < Math.min(s.size(), end + SAID_REACH); i++) {
            if (s.word(i).is(",", ";", ".", ":", "\u2014")) {
                return false;
            }
            if (subject.isHead(s.word(i).lower())) {
                return true;
            }
        }
        return false;
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

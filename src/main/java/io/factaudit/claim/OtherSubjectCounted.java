package io.factaudit.claim;

/**
 * A rule that sets a number aside: its count noun is how the sheet spells a subject that another of
 * its scenarios counts ("the toll rose to 17" in a scenario of evacuees, when the sheet writes the
 * deaths it counts elsewhere as "toll"). The sheet's own words say what the noun counts.
 */
final class OtherSubjectCounted {

    static final String NAME = "a count of a subject another scenario counts";

    private OtherSubjectCounted() {
    }
}

package io.factaudit.claim;

/** A rule that sets a number aside: it counts units of a force ("two brigades", "three battalions"), not its members. */
final class UnitsCounted {

    static final String NAME = "a count of units";

    private UnitsCounted() {
    }

    static boolean is(Words.Word w) {
        return SubjectProfile.GROUPS.contains(w.lower());
    }
}

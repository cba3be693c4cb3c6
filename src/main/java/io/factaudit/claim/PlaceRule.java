package io.factaudit.claim;

/**
 * One form of English that puts a count in a place (FACT-SHEETS.md 1.1, "Places and parts of a
 * whole"). {@code first} is the index of the number's first word, {@code after} of the word after it.
 */
interface PlaceRule {

    /** What a rule returns for a count of several places together ("arrived in X and Y"): no one place, and no later rule is asked. */
    String TOGETHER = "";

    /** The form's name, as {@code explain} shows it beside the place it read. */
    String name();

    /** The sheet place the form puts the count in, {@link #TOGETHER} for a list of places, or null when the sentence does not have the form. */
    String locate(PlaceSentence sentence, int first, int after);
}

package io.factaudit.claim;

/**
 * One form of English that puts a count in a place (FACT-SHEETS.md 1.1, "Places and parts of a
 * whole"). {@code first} is the index of the number's first word, {@code after} of the word after it.
 */
interface PlaceRule {

    /** The form's name, as {@code explain} shows it beside the place it read. */
    String name();

    /** The sheet place the form puts the count in, or null when the sentence does not have the form. */
    String locate(PlaceSentence sentence, int first, int after);
}

package io.factaudit.sheet;

/**
 * A place the sheet keeps counts for (FACT-SHEETS.md 1.1, "Places and parts of a whole").
 *
 * @param within the place that holds this one, or null when the sheet names none
 */
public record Place(String name, String within, FactLocation where) {
}

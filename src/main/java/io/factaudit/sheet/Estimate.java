package io.factaudit.sheet;

import io.factaudit.quantity.Interval;
import java.time.LocalDate;

/**
 * One row of an estimates table: what a source put the count of a subject at, as of a date.
 *
 * @param place the place the row counts the subject in (its {@code where} cell), or null for the whole
 */
public record Estimate(String subject, String source, LocalDate asOf, Interval count, String cell, String note,
                       FactLocation where, String place) {

    public Estimate {
        place = place == null || place.isBlank() ? null : place;
    }

    /** A row of the whole, as in version 1 of the language. */
    public Estimate(String subject, String source, LocalDate asOf, Interval count, String cell, String note,
                    FactLocation where) {
        this(subject, source, asOf, count, cell, note, where, null);
    }
}

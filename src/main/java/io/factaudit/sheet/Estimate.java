package io.factaudit.sheet;

import io.factaudit.quantity.Interval;
import java.time.LocalDate;

/** One row of an estimates table: what a source put the count of a subject at, as of a date. */
public record Estimate(String subject, String source, LocalDate asOf, Interval count, String cell, String note,
                       FactLocation where) {
}

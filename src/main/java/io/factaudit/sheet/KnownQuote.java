package io.factaudit.sheet;

import java.time.LocalDate;

/** Words a speaker is known to have said, word for word, on a date. */
public record KnownQuote(String speaker, LocalDate date, String words, FactLocation where) {
}

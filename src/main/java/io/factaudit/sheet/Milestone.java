package io.factaudit.sheet;

import java.time.LocalDate;
import java.util.List;

/** A state the subject has been in from a date on ("fighting" from 2024-11-04), with its other wordings. */
public record Milestone(String subject, String state, LocalDate from, List<String> aliases, FactLocation where) {

    public Milestone {
        aliases = List.copyOf(aliases);
    }
}

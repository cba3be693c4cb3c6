package io.factaudit.sheet;

import java.time.LocalDate;
import java.util.List;

/** Something that happened on a known date, with its other wordings. */
public record Event(String event, LocalDate date, List<String> aliases, FactLocation where) {

    public Event {
        aliases = List.copyOf(aliases);
    }
}

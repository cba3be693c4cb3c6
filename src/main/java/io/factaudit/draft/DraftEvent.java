package io.factaudit.draft;

import java.time.LocalDate;
import java.util.List;

/** A drafted event: the day most articles that date it agree on, with every line that dates it. */
public record DraftEvent(String event, LocalDate date, List<String> aliases, List<Citation> citations) {

    public DraftEvent {
        aliases = List.copyOf(aliases);
        citations = citations.stream().sorted().toList();
    }
}

package io.factaudit.draft;

import java.util.List;

/** A drafted official: the titles articles give the person, most given first, each with the lines that give it. */
public record DraftPerson(String name, List<String> titles, List<String> aliases, List<Citation> citations) {

    public DraftPerson {
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
        citations = citations.stream().sorted().toList();
    }
}

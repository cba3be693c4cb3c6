package io.factaudit.sheet;

import java.util.List;

/** An official: the name, every equivalent title, and how else the name is written. */
public record Person(String name, List<String> titles, List<String> aliases, FactLocation where) {

    public Person {
        titles = List.copyOf(titles);
        aliases = List.copyOf(aliases);
    }
}

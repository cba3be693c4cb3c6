package io.factaudit.sheet;

import java.util.List;

/** A name on the sheet (a counted subject, a source, a person or a place) and how else it is written. */
public record Name(String name, List<String> aliases, FactLocation where) {

    public Name {
        aliases = List.copyOf(aliases);
    }

    /** The name and its aliases, the name first. */
    public List<String> spellings() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}

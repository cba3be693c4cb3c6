package io.factaudit.check;

import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.List;

/** The message of a misspelled name: the name as written, and as the sheet spells it. */
final class MisspelledName {

    private MisspelledName() {
    }

    static String message(String written, Person person) {
        List<String> spellings = new ArrayList<>(List.of(person.name()));
        spellings.addAll(person.aliases());
        return "\"" + written + "\" looks like a misspelling of " + person.name() + ": the sheet spells the name "
            + String.join(", ", spellings.stream().map(s -> "\"" + s + "\"").toList()) + " (" + person.where() + ")";
    }
}

package io.factaudit.draft;

import io.factaudit.language.NameMatcher;
import io.factaudit.sheet.Name;
import java.util.List;

/**
 * Whether a text names a source by one of the ways the sheet writes it, as a whole phrase: "the
 * Harbour Board said" names "Harbour Board", "the board's outbreak tracker" does not name a source
 * written "Harbour outbreak tracker". The project's name matcher decides (acronyms in capitals only).
 */
final class SourceSpellings {

    private final NameMatcher spellings;

    private SourceSpellings(NameMatcher spellings) {
        this.spellings = spellings;
    }

    static SourceSpellings of(List<Name> names, String source) {
        NameMatcher matcher = new NameMatcher();
        names.stream().filter(n -> n.name().equals(source))
            .forEach(n -> matcher.add(source, n.spellings().stream().filter(s -> !s.isBlank()).toList()));
        return new SourceSpellings(matcher);
    }

    boolean named(String text) {
        return !spellings.isEmpty() && !spellings.find(text).isEmpty();
    }
}

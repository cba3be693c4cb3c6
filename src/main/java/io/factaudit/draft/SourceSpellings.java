package io.factaudit.draft;

import io.factaudit.language.Folded;
import io.factaudit.sheet.Name;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text names a source by one of the ways the sheet writes it, as a whole phrase: "the
 * Harbour Board said" names "Harbour Board", "the board's outbreak tracker" does not name a source
 * written "Harbour outbreak tracker". An acronym is matched in capitals only ("US", not "us").
 */
final class SourceSpellings {

    private final List<Pattern> spellings;

    private SourceSpellings(List<Pattern> spellings) {
        this.spellings = spellings;
    }

    static SourceSpellings of(List<Name> names, String source) {
        return new SourceSpellings(names.stream().filter(n -> n.name().equals(source))
            .flatMap(n -> n.spellings().stream()).filter(s -> !s.isBlank()).map(SourceSpellings::pattern).toList());
    }

    private static Pattern pattern(String spelling) {
        String folded = Folded.of(spelling.strip()).text();
        int flags = folded.equals(folded.toUpperCase(Locale.ROOT)) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])", flags);
    }

    boolean named(String text) {
        String folded = Folded.of(text).text();
        return spellings.stream().anyMatch(p -> p.matcher(folded).find());
    }
}

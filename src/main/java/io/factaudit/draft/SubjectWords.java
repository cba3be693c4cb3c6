package io.factaudit.draft;

import io.factaudit.language.Folded;
import io.factaudit.sheet.Name;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a name's spellings that no other name's spellings use, long enough not to be a
 * function word: "4,800 jobs" names "job cuts" (written "cut jobs"), "3,703 deaths" names neither
 * "deaths in Turkey" nor "deaths in Syria". A text names the subject when it holds one of them.
 */
final class SubjectWords {

    /** Shorter words of a spelling ("of", "the", "off") name nothing on their own. */
    private static final int MIN_WORD = 4;

    private final Set<String> own;

    private SubjectWords(Set<String> own) {
        this.own = own;
    }

    static SubjectWords of(List<Name> names, String subject) {
        Set<String> own = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (Name n : names) {
            Set<String> target = n.name().equals(subject) ? own : others;
            n.spellings().forEach(spelling -> target.addAll(words(spelling)));
        }
        own.removeAll(others);
        return new SubjectWords(own);
    }

    /** Whether the text holds a word only the subject's spellings use. */
    boolean named(String text) {
        return words(text).stream().anyMatch(own::contains);
    }

    private static List<String> words(String text) {
        return Arrays.stream(Folded.of(text).text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(w -> w.length() >= MIN_WORD).toList();
    }
}

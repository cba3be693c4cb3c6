package io.factaudit.draft;

import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The definite spellings of the sheet's sources that an article uses once it has named them: a
 * spelling whose proper modifiers come first, then common words ("Ostlander interior ministry",
 * "WARN filing"), is also written "the" and its common words ("the interior ministry", "the
 * filing"), when no other name's spellings give the same words. For drafting only: a finished
 * sheet lists its own spellings.
 */
final class DefiniteSpellings {

    private DefiniteSpellings() {
    }

    static List<Name> extend(List<Name> names, Collection<String> sources) {
        Set<String> written = new HashSet<>();
        names.forEach(n -> n.spellings().forEach(s -> written.add(s.toLowerCase(Locale.ROOT))));
        Map<String, Set<String>> owners = new HashMap<>();
        for (Name n : names) {
            for (String spelling : n.spellings()) {
                String common = common(spelling);
                if (common != null) {
                    owners.computeIfAbsent("the " + common, k -> new HashSet<>()).add(n.name());
                }
            }
        }
        List<Name> extended = new ArrayList<>();
        for (Name n : names) {
            List<String> aliases = new ArrayList<>(n.aliases());
            if (sources.contains(n.name())) {
                owners.forEach((definite, who) -> {
                    if (who.size() == 1 && who.contains(n.name()) && !written.contains(definite) && !aliases.contains(definite)) {
                        aliases.add(definite);
                    }
                });
            }
            extended.add(new Name(n.name(), aliases, n.where()));
        }
        return extended;
    }

    /** The common words after a spelling's proper modifiers ("interior ministry"), or null when it has no such parts. */
    private static String common(String spelling) {
        String[] words = spelling.strip().split("\\s+");
        int i = 0;
        while (i < words.length && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
            i++;
        }
        if (i == 0 || i == words.length) {
            return null;
        }
        for (int j = i; j < words.length; j++) {
            if (!words[j].chars().allMatch(Character::isLowerCase)) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
}

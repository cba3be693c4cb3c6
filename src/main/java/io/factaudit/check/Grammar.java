package io.factaudit.check;

import java.util.Locale;
import java.util.Set;

/** Just enough English agreement for messages about a sheet's subjects: "troops were", "the treaty was". */
final class Grammar {

    /** Nouns that are plural without a final s. */
    private static final Set<String> PLURALS = Set.of("people", "personnel", "police", "infantry", "men", "women",
        "children");

    private Grammar() {
    }

    /** Whether a subject is plural, by its head noun: "troops from North Korea" by "troops". */
    static boolean isPlural(String subject) {
        String s = subject.strip().toLowerCase(Locale.ROOT);
        int of = s.indexOf(" of ");
        if (of > 0) {
            s = s.substring(0, of);
        }
        for (String preposition : new String[] {" from ", " in ", " for "}) {
            int at = s.indexOf(preposition);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        String head = s.substring(s.lastIndexOf(' ') + 1);
        return PLURALS.contains(head)
            || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is");
    }

    static String were(String subject) {
        return isPlural(subject) ? "were" : "was";
    }

    static String them(String subject) {
        return isPlural(subject) ? "them" : "it";
    }
}

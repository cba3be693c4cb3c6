package io.factaudit.check;

import java.util.Locale;

/** Just enough English agreement for messages about a sheet's subjects: "troops were", "the treaty was". */
final class Grammar {

    private Grammar() {
    }

    static boolean isPlural(String noun) {
        String last = noun.strip();
        int space = last.lastIndexOf(' ');
        int of = last.toLowerCase(Locale.ROOT).indexOf(" of ");
        if (of > 0) {
            last = last.substring(0, of);
            space = last.lastIndexOf(' ');
        }
        String head = last.substring(space + 1).toLowerCase(Locale.ROOT);
        return head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
            || Set.HEADS.contains(head);
    }

    static String were(String subject) {
        return isPlural(subject) ? "were" : "was";
    }

    static String them(String subject) {
        return isPlural(subject) ? "them" : "it";
    }

    private static final class Set {
        static final java.util.Set<String> HEADS = java.util.Set.of("people", "personnel", "police", "infantry", "men",
            "women", "children");
    }
}

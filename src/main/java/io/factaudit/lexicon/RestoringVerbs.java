package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Verbs of restoring, from WordNet 3.1: everything below "restore" (return to its original or usable
 * and functioning condition; bring back into original existence, use, function, or position):
 * "restored", "reinstated", "reestablished". Not "give back" ("returned", "refunded").
 */
public final class RestoringVerbs {

    private static volatile Set<String> verbs;

    private RestoringVerbs() {
    }

    private static Set<String> verbs() {
        Set<String> v = verbs;
        if (v == null) {
            v = WordNet.below(List.of(WordNet.sense("restore", POS.VERB, "return to its original or usable"),
                WordNet.sense("restore", POS.VERB, "bring back into original existence")), new HashSet<>());
            verbs = v;
        }
        return v;
    }

    /** Whether a verb form ("restored", "restoring") says something was brought back to use. */
    public static boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return verbs().contains(w) || WordNet.lemmas(w, POS.VERB).stream().anyMatch(verbs()::contains);
    }
}

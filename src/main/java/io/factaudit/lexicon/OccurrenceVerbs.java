package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Verbs that say an act took place, from WordNet 3.1: everything below "happen" (come to pass:
 * "occurred", "took place") and "begin" in its sense of having a beginning ("started"), with
 * "hold" for a gathering held: "the vote was held on Sunday", "the closure began on Monday" date
 * the act itself, where another verb ("opened", "slept") dates its own.
 */
public final class OccurrenceVerbs {

    private static volatile Set<String> verbs;

    private OccurrenceVerbs() {
    }

    private static Set<String> verbs() {
        Set<String> v = verbs;
        if (v == null) {
            v = new HashSet<>(WordNet.below(List.of(WordNet.sense("happen", POS.VERB, "come to pass")), new HashSet<>()));
            v.addAll(WordNet.below(List.of(WordNet.sense("begin", POS.VERB, "have a beginning")), new HashSet<>()));
            v.add("hold");
            verbs = v;
        }
        return v;
    }

    /** Whether a verb form ("occurred", "began", "held"), or with the word after it ("took place"), tells the act took place. */
    public static boolean contains(String word, String next) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> lemmas = new HashSet<>(WordNet.lemmas(w, POS.VERB));
        lemmas.add(w);
        return lemmas.stream().anyMatch(l -> verbs().contains(l) || verbs().contains(l + " " + next)
            || verbs().contains(l + "_" + next));
    }
}

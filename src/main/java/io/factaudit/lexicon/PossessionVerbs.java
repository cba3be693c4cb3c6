package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Verbs of having and of serving, from WordNet 3.1: the lemmas of "have" (have or possess; have
 * ownership or possession of) and "serve" (be used by; as of a utility), without their troponyms
 * (which run to "record", "cut", "save"): "has", "owns", "holds", "serves".
 * "a utility which serves 400,000 homes" tells what the owner has, not what happened to them.
 */
public final class PossessionVerbs {

    private static volatile Set<String> verbs;

    private PossessionVerbs() {
    }

    private static Set<String> verbs() {
        Set<String> v = verbs;
        if (v == null) {
            Set<String> found = new HashSet<>();
            for (Synset sense : List.of(WordNet.sense("have", POS.VERB, "have or possess"),
                WordNet.sense("have", POS.VERB, "have ownership or possession of"),
                WordNet.sense("serve", POS.VERB, "be used by; as of a utility"))) {
                sense.getWords().forEach(w -> found.add(w.getLemma().toLowerCase(Locale.ROOT)));
            }
            v = found;
            verbs = v;
        }
        return v;
    }

    /** Whether a verb form ("has", "served") says what its subject has or serves. */
    public static boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return verbs().contains(w) || WordNet.lemmas(w, POS.VERB).stream().anyMatch(verbs()::contains);
    }
}

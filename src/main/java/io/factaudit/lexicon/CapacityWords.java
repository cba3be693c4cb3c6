package io.factaudit.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * The words that say how many something can hold, from WordNet 3.1. Nouns: everything below
 * "capacity" (the amount that can be contained; the maximum production possible), "room" (space for
 * movement) and "space" (an area reserved for some particular purpose): "a capacity of 300", "room
 * for 5,000". Verbs: everything below licensing ("authorize officially"), permitting ("consent to,
 * give permission"), building ("make by combining materials and parts") and designing ("plan
 * something for a specific role or purpose"), whose participle gives a thing its limit: "licensed
 * to carry 300", "built to hold 5,000", "designed for 300". And the verbs of a rule's limit, below
 * forbidding ("command against"), banning and limiting ("place limits on"): "gatherings of more than
 * 50 people are banned".
 */
public final class CapacityWords {

    private static volatile Set<String> nouns;
    private static volatile Set<String> verbs;
    private static volatile Set<String> rules;

    private CapacityWords() {
    }

    private static Set<String> nouns() {
        Set<String> n = nouns;
        if (n == null) {
            n = WordNet.below(List.of(WordNet.sense("capacity", POS.NOUN, "the amount that can be contained"),
                WordNet.sense("capacity", POS.NOUN, "the maximum production possible"),
                WordNet.sense("room", POS.NOUN, "space for movement"),
                WordNet.sense("space", POS.NOUN, "an area reserved for some particular purpose")), new HashSet<>());
            nouns = n;
        }
        return n;
    }

    private static Set<String> verbs() {
        Set<String> v = verbs;
        if (v == null) {
            v = WordNet.below(List.of(WordNet.sense("license", POS.VERB, "authorize officially"),
                WordNet.sense("permit", POS.VERB, "consent to, give permission"),
                WordNet.sense("build", POS.VERB, "make by combining materials and parts"),
                WordNet.sense("design", POS.VERB, "plan something for a specific role or purpose")), new HashSet<>());
            verbs = v;
        }
        return v;
    }

    private static Set<String> rules() {
        Set<String> r = rules;
        if (r == null) {
            r = WordNet.below(List.of(WordNet.sense("forbid", POS.VERB, "command against"),
                WordNet.sense("ban", POS.VERB, "prohibit especially by legal means"),
                WordNet.sense("limit", POS.VERB, "place limits on")), new HashSet<>());
            rules = r;
        }
        return r;
    }

    /** Whether a verb form ("banned", "limited", "prohibited") sets a rule's limit: "gatherings of more than 50 are banned". */
    public static boolean isRuleVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return rules().contains(w) || WordNet.lemmas(w, POS.VERB).stream().anyMatch(rules()::contains);
    }

    /** Whether a noun (in any number) names how much something can hold. */
    public static boolean isNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return nouns().contains(w) || WordNet.lemmas(w, POS.NOUN).stream().anyMatch(nouns()::contains);
    }

    /** Whether a verb form ("licensed", "built") gives a thing the limit of what it may hold. */
    public static boolean isLimitingVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return verbs().contains(w) || WordNet.lemmas(w, POS.VERB).stream().anyMatch(verbs()::contains);
    }
}

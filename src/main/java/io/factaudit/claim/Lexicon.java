package io.factaudit.claim;

import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Set;

/** The word lists the claim readers share: kept general, one list per idea. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Verbs that give, set or change a figure as their object ("put the toll at", "raised its
     * estimate to", "gave 1,414 as its count"): a frame of attribution no lexical resource names.
     */
    static final Set<String> FIGURE_VERBS = Set.of("put", "puts", "putting", "gave", "gives", "given", "giving",
        "rounded", "raised", "revised", "revising", "lowered", "updated", "expects", "expected");

    /** A verb by which a source gives a figure or says something: a verb of saying (WordNet) or of giving a figure. */
    static boolean reportVerb(String lower) {
        return VerbsOfSaying.contains(lower) || FIGURE_VERBS.contains(lower) || lower.equals("according");
    }

    /** Generic nouns for people, which need a predicate or a source to say what is counted. */
    static final Set<String> PEOPLE = Set.of("people", "persons", "individuals", "residents", "citizens", "civilians");

    /** Modal verbs of speculation. */
    static final Set<String> MODALS = Set.of("could", "may", "might");

    /** Words that make a figure a stated plan or expectation, which is a claim. */
    static final Set<String> PLAN_WORDS = Set.of("intended", "intends", "intend", "plan", "plans", "planned", "promised",
        "promise", "expects", "expected", "expect", "decided", "pledged", "aims", "aimed", "scheduled", "set");

    /** Adjectives that make an event another, earlier occasion than the article's ("the previous storm", "a similar accident"). */
    static final Set<String> OTHER_OCCASION = Set.of("previous", "prior", "similar", "earlier", "last", "past", "former");

    /** Words that mark a figure as an earlier one. */
    static final Set<String> EARLIER = Set.of("initially", "first", "originally", "earlier", "previously", "ago",
        "formerly", "once");

    /**
     * Words that link a count noun to its value: "the toll stood at", "put the number at", "rose to";
     * the copula in every form, so a stated expectation links too ("expects the toll to be 30").
     */
    static final Set<String> LINKS = Set.of("at", "to", "of", "is", "was", "were", "are", "be", "been", "reached", "passed", "passes",
        "hit", "topped", "tops", "above", "past", "exceeded", "exceeds", "surpassed", "by");

    /** Words that sum several subjects into one figure. */
    static final Set<String> COMBINED = Set.of("combined", "joint", "cumulative");

    /** Pronouns that stand for a person or organization already named. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "his", "her", "their", "its", "it");

    /** Function words that may stand between a number and a clause's next part. */
    static final Set<String> FUNCTION = Set.of("in", "on", "at", "by", "to", "from", "for", "with", "as", "into", "across",
        "near", "and", "or", "but", "out", "up", "down", "since", "during", "over", "under", "after", "before", "this",
        "that", "the", "a", "an", "each", "all", "have", "has", "had", "were", "was", "are", "is", "will", "would", "could",
        "may", "might", "be", "been", "being", "already", "now", "still", "so", "far", "total", "altogether", "more", "soon",
        "reportedly", "who", "which", "while", "when", "where", "there", "than", "just", "only", "also", "currently",
        "not", "no", "yet", "then", "too", "well", "alone", "apiece", "per");
}

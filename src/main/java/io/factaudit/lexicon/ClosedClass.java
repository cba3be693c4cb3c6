package io.factaudit.lexicon;

import java.util.Set;

/**
 * English closed-class words (prepositions, auxiliaries, determiners, pronouns, modals and the
 * other words of grammar). No lexical resource lists them (WordNet holds only open-class words),
 * so this is the hand list: the closed classes of any English grammar, nothing taken from an article.
 */
public final class ClosedClass {

    public static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "for", "from", "of", "to", "into",
        "with", "without", "near", "over", "under", "across", "along", "alongside", "against", "among", "between",
        "through", "during", "since", "until", "after", "before", "about", "around", "beside", "beyond", "inside",
        "outside", "onto", "toward", "towards", "via", "within", "despite", "amid", "per");
    public static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s",
        "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did");
    /** The forms of "be", the copula and the auxiliary of the passive. */
    public static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m");
    /** The conjunctions that join words of one kind as well as clauses: "the valley and the hills". */
    public static final Set<String> COORDINATORS = Set.of("and", "or");

    /** Adverbs that say an act happens once more: a mention of it is another occurrence. */
    public static final Set<String> REPETITION = Set.of("again", "anew");
    /** The relative pronouns that open a clause about the noun before them ("the union, which ..."). */
    public static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my",
        "your", "this", "these", "those", "that", "some", "several", "many", "most", "all", "both", "each", "every",
        "any", "no", "another", "other");
    /** The determiners that name an owner ("its treasurer", "her deputy"). */
    public static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our", "my", "your");
    public static final Set<String> PRONOUNS = Set.of("it", "they", "them", "he", "him", "she", "we", "us", "you", "i",
        "me", "itself", "themselves", "himself", "herself");
    public static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "shall", "should",
        "must", "'ll", "cannot", "ca", "wo");
    /** The modals of possibility among them, which make a figure speculation ("could reach 300", "may have passed 40"). */
    public static final Set<String> MODALS_OF_POSSIBILITY = Set.of("could", "may", "might");
    /** The modals of ability among them ("can carry 300", "cannot hold more"; "ca" of "can't"). */
    public static final Set<String> ABILITY_MODALS = Set.of("can", "cannot", "ca");
    /**
     * The linking verbs that say a subject stays or comes to be in a state ("remains closed", "became
     * open", "seems ready"), in their written forms: a closed class of English, kept with the others.
     */
    public static final Set<String> LINKING_VERBS = Set.of("remain", "remains", "remained", "remaining", "stay", "stays",
        "stayed", "staying", "become", "becomes", "became", "becoming", "seem", "seems", "seemed", "appear", "appears",
        "appeared");
    /**
     * The verbs of becoming that link a subject to the state it comes into, before an adjective or
     * adverb of state ("came online", "went offline", "got back online", "fell silent"), in their
     * written forms: a closed class of English, kept with the linking verbs.
     */
    public static final Set<String> BECOMING_VERBS = Set.of("come", "comes", "came", "coming", "go", "goes", "went", "gone",
        "going", "get", "gets", "got", "gotten", "getting", "fall", "falls", "fell", "fallen", "falling");
    /**
     * The verbs that put their object in a state named after it ("kept the road closed", "left the
     * gates open"), in their written forms: a closed class of English, kept with the linking verbs.
     */
    public static final Set<String> OBJECT_COMPLEMENT_VERBS = Set.of("keep", "keeps", "kept", "keeping", "leave", "leaves",
        "left", "leaving");
    /** The subordinators of time, reason, contrast and concession that open a clause ("as crowds marched", "while the plant closes"). */
    public static final Set<String> SUBORDINATORS = Set.of("as", "while", "whereas", "because", "although", "though",
        "when", "whenever", "after", "before", "since", "until", "once");
    /** Words of a share before "of" ("40 percent of", "a third of", "most of"): what follows is the whole the share is of. */
    public static final Set<String> SHARES = Set.of("percent", "%", "cent", "most", "all", "some", "many", "half", "halves",
        "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "share", "proportion", "majority");
    /** The subordinators of a condition ("if the pace holds", "unless rates improve"). */
    public static final Set<String> CONDITIONALS = Set.of("if", "unless", "provided", "lest");
    /**
     * The verbs that deny the verb they take with "to" ("failed to reopen", "refused to close", "declined
     * to approve"), in their written forms: a closed class of English (negative implicatives).
     */
    public static final Set<String> NEGATIVE_IMPLICATIVES = Set.of("fail", "fails", "failed", "failing", "refuse",
        "refuses", "refused", "refusing", "decline", "declines", "declined", "declining");
    /** The adverbial particles of phrasal verbs ("laid off", "shut down", "wiped out"). */
    public static final Set<String> PARTICLES = Set.of("off", "up", "out", "down", "away", "back");
    public static final Set<String> OTHER_FUNCTION_WORDS = Set.of("and", "or", "but", "nor", "so", "yet", "if", "that",
        "which", "who", "whom", "whose", "what", "when", "where", "while", "whether", "how", "why", "because", "as",
        "than", "then", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "it", "they", "them", "he", "she", "we", "you", "i", "not", "n't", "no", "there", "here", "also", "too");

    /**
     * The words that may stand between a number and its clause's next part ("40 were already in
     * the valley", "300 in total so far"): the words of grammar with the adverbs of time, degree and
     * hearsay that a clause carries there.
     */
    public static final Set<String> NUMBER_FILLERS = Set.of("in", "on", "at", "by", "to", "from", "for", "with", "as", "into", "across",
        "near", "and", "or", "but", "out", "up", "down", "since", "during", "over", "under", "after", "before", "this",
        "that", "the", "a", "an", "each", "all", "have", "has", "had", "were", "was", "are", "is", "will", "would", "could",
        "may", "might", "be", "been", "being", "already", "now", "still", "so", "far", "total", "altogether", "more", "soon",
        "reportedly", "who", "which", "while", "when", "where", "there", "than", "just", "only", "also", "currently",
        "not", "no", "yet", "then", "too", "well", "alone", "apiece", "per");

    private ClosedClass() {
    }

    /** A preposition, conjunction, pronoun, determiner, auxiliary or modal: a word of grammar. */
    public static boolean contains(String lower) {
        return PREPOSITIONS.contains(lower) || AUXILIARIES.contains(lower) || MODALS.contains(lower)
            || OTHER_FUNCTION_WORDS.contains(lower) || DETERMINERS.contains(lower) || PRONOUNS.contains(lower);
    }
}

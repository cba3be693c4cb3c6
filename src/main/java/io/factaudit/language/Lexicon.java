package io.factaudit.language;

import java.util.Set;

/**
 * English closed-class words and what spelling alone says of a word, so that a reader can often
 * decide without part-of-speech tags (tagging a sentence costs far more than reading its words).
 */
public final class Lexicon {

    public static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "for", "from", "of", "to", "into",
        "with", "without", "near", "over", "under", "across", "along", "alongside", "against", "among", "between",
        "through", "during", "since", "until", "after", "before", "about", "around", "beside", "beyond", "inside",
        "outside", "onto", "toward", "towards", "via", "within", "despite", "amid", "per");
    public static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s",
        "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did");
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my",
        "your", "this", "these", "those", "that", "some", "several", "many", "most", "all", "both", "each", "every",
        "any", "no", "another", "other");
    public static final Set<String> PRONOUNS = Set.of("it", "they", "them", "he", "him", "she", "we", "us", "you", "i",
        "me", "itself", "themselves", "himself", "herself");
    public static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "shall", "should",
        "must", "'ll", "cannot", "ca", "wo");
    private static final Set<String> OTHER_FUNCTION_WORDS = Set.of("and", "or", "but", "nor", "so", "yet", "if", "that",
        "which", "who", "whom", "whose", "what", "when", "where", "while", "whether", "how", "why", "because", "as",
        "than", "then", "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "it", "they", "them", "he", "she", "we", "you", "i", "not", "n't", "no", "there", "here", "also", "too");

    private Lexicon() {
    }

    /** A preposition, conjunction, pronoun, determiner, auxiliary or modal: a word of grammar. */
    public static boolean isFunctionWord(String lower) {
        return PREPOSITIONS.contains(lower) || AUXILIARIES.contains(lower) || MODALS.contains(lower)
            || OTHER_FUNCTION_WORDS.contains(lower);
    }

    /** Spelled like a participle or gerund ("ratifying", "signed"): likely a verb. */
    public static boolean looksVerbal(String lower) {
        return lower.length() > 4 && (lower.endsWith("ing") || lower.endsWith("ed")) || Inflections.isIrregularPast(lower);
    }

    /** Written with a capital or a digit: a name, a title word or a number. */
    public static boolean isNameLike(Word word) {
        char c = word.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** A word that can stand in a noun phrase: a determiner, a name or number, a modifier or noun. */
    public static boolean isNominal(Word word) {
        return DETERMINERS.contains(word.lower()) || word.is("'s") || isNameLike(word) || isModifier(word);
    }

    /**
     * A word that can modify a noun inside a name ("North Korean ground forces", "in active
     * combat"): in lower case, made of letters, neither a word of grammar nor spelled like a verb.
     */
    public static boolean isModifier(Word word) {
        String text = word.text();
        return Character.isLowerCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter)
            && !isFunctionWord(word.lower()) && !looksVerbal(word.lower());
    }
}

package io.factaudit.language;

import io.factaudit.lexicon.ClosedClass;
import java.util.Set;

/**
 * English closed-class words and what spelling alone says of a word, so that a reader can often
 * decide without part-of-speech tags (tagging a sentence costs far more than reading its words).
 */
public final class Lexicon {

    public static final Set<String> PREPOSITIONS = ClosedClass.PREPOSITIONS;
    public static final Set<String> AUXILIARIES = ClosedClass.AUXILIARIES;
    public static final Set<String> DETERMINERS = ClosedClass.DETERMINERS;
    public static final Set<String> PRONOUNS = ClosedClass.PRONOUNS;
    public static final Set<String> MODALS = ClosedClass.MODALS;
    private static final Set<String> OTHER_FUNCTION_WORDS = ClosedClass.OTHER_FUNCTION_WORDS;

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

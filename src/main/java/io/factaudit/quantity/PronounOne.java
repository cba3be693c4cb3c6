package io.factaudit.quantity;

import java.util.Set;

/**
 * A lone "one" that is plainly a pronoun, not a count: after a determiner ("no one", "the one",
 * "which one"), before "of", "another" or a modal verb ("one of the", "one can"), "one's", or
 * inside a name ("Air Force One"). Everywhere else "one" counts.
 */
final class PronounOne {

    private static final Set<String> DETERMINERS_BEFORE_ONE = Set.of(
            "no", "the", "this", "that", "which", "whichever", "any", "every", "each", "some",
            "last", "next", "another", "such", "little", "a");
    private static final Set<String> WORDS_AFTER_PRONOUN_ONE = Set.of(
            "of", "another", "can", "could", "should", "would", "must", "might", "may", "will", "shall");

    private final Lexemes lx;

    PronounOne(Lexemes lx) {
        this.lx = lx;
    }

    /** True if the "one" at lexeme i is a pronoun, not a count. */
    boolean at(int i) {
        if (lx.isAny(i - 1, DETERMINERS_BEFORE_ONE) || lx.isAny(i + 1, WORDS_AFTER_PRONOUN_ONE)) {
            return true;
        }
        if (lx.isApostrophe(i + 1) && lx.is(i + 2, "s")) {
            return true; // "one's"
        }
        return lx.capitalized(i) && lx.capitalized(i - 1); // "Air Force One"
    }

}

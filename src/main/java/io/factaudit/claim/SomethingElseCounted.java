package io.factaudit.claim;

import io.factaudit.lexicon.WordForms;

/**
 * A rule that sets a number aside: the noun after it counts something the sheet's subjects do not
 * name ("40 shells", "300 buildings"), or its noun group stops at a word that names none ("11
 * Turkish provinces").
 */
final class SomethingElseCounted {

    static final String NAME = "a count of something else";

    private SomethingElseCounted() {
    }

    /**
     * Whether the subject's word before word {@code i} only modifies the plural noun at {@code i}, which is
     * what is counted: "1,800 polling stations" counts stations, "600 flooded homes" homes; "600
     * evacuated residents" still counts people.
     */
    static boolean modifies(CountSentence s, int i) {
        if (i >= s.size()) {
            return false;
        }
        Words.Word w = s.word(i);
        return !w.punctuation() && noun(s, w) && WordForms.isPluralNoun(w.lower()) && !Lexicon.PEOPLE.contains(w.lower())
            && !s.context().anyHead(w.lower());
    }

    /** A noun that is not a function word: what the number counts, when no subject's word came first. */
    static boolean noun(CountSentence s, Words.Word w) {
        return s.tag(w).equals("NOUN") && !Lexicon.FUNCTION.contains(w.lower());
    }
}

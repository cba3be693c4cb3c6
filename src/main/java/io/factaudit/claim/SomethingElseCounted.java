package io.factaudit.claim;

/**
 * A rule that sets a number aside: the noun after it counts something the sheet's subjects do not
 * name ("40 shells", "300 buildings"), or its noun group stops at a word that names none ("11
 * Turkish provinces").
 */
final class SomethingElseCounted {

    static final String NAME = "a count of something else";

    private SomethingElseCounted() {
    }

    /** A noun that is not a function word: what the number counts, when no subject's word came first. */
    static boolean noun(CountSentence s, Words.Word w) {
        return s.tag(w).equals("NOUN") && !Lexicon.FUNCTION.contains(w.lower());
    }
}

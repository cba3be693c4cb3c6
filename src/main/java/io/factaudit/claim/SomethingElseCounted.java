package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordForms;

/**
 * A rule that sets a number aside: the noun after it counts something the sheet's subjects do not
 * name ("40 shells", "300 buildings"), or its noun group stops at a word that names none ("11
 * Turkish provinces").
 */
final class SomethingElseCounted {

    static final String NAME = "a count of something else";
    static final String NOT_PEOPLE = "a count of something else than people";

    private SomethingElseCounted() {
    }

    /**
     * A subject that counts people ("people evacuated", "evacuees") does not count what a number's own noun
     * names when that noun is no person and none of the subject's counted nouns: "about 9,000 homes were
     * evacuated" counts homes, "3,000 vehicles" vehicles. The class is WordNet's (below person or people).
     */
    static boolean notPeople(CountSentence s, CountedNumber n, SubjectProfile subject) {
        if (n.evidence() != Evidence.HEAD || n.end() <= n.after() || !subject.countsPeople()) {
            return false;
        }
        String head = s.word(n.end() - 1).lower();
        return WordForms.isNoun(head) && !Persons.namesPeople(head) && !subject.counts(head);
    }

    /** A noun that is not a function word: what the number counts, when no subject's word came first. */
    static boolean noun(CountSentence s, Words.Word w) {
        return s.tag(w).equals("NOUN") && !ClosedClass.NUMBER_FILLERS.contains(w.lower());
    }
}

package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.Locatives;
import java.util.List;

/**
 * A state said with a verb of the place it holds in, the subject right after a preposition of
 * place or of the goal: "power was restored throughout the Elm district", "crossings resumed at
 * Porth harbour", "power was restored to the Elm district" say the district's or the harbour's
 * state. Nothing but adverbs may stand between verb and preposition, and only determiners or a
 * word of the whole or most and "of" ("to most of the district") open the place's group; a place set apart
 * ("restored everywhere except in the Elm district", "except for") is where the state does not hold: "reopened the road to the bridge"
 * says the road's state, "in parts of the district" a part's; "is being restored" is under way.
 */
final class StateAtPlace {

    /** The preposition of the goal a state's verb reaches: "power was restored to the Elm district". */
    private static final String GOAL = "to";
    /** Words for the whole or nearly all of a place before "of": "to all of the district", "in most of". */
    private static final java.util.Set<String> MOST = java.util.Set.of("all", "most", "much");

    /** Words that set a place apart from where the state holds: "everywhere except in", "excluding". */
    private static final java.util.Set<String> EXCEPT = java.util.Set.of("except", "excluding");

    private StateAtPlace() {
    }

    /** The word of exception ending at word k ("except", "except for"), after the state's words; else -1. */
    private static int exception(SentenceWords w, int k, int last) {
        if (k > last + 1 && w.lower(k).equals("for") && EXCEPT.contains(w.lower(k - 1))) {
            return k - 1;
        }
        return k > last && EXCEPT.contains(w.lower(k)) ? k : -1;
    }

    /** The link of a state said with a verb to the subject as its place, or null. */
    static StateLink find(SentenceWords w, List<SubjectReferences.Reference> refs, int first, int last) {
        if (!Lexicon.looksVerbal(w.lower(last)) || w.lower(last).endsWith("ing")
            || first > 0 && w.lower(first - 1).equals("being")) {
            return null; // "is being restored across the district": under way, not yet done
        }
        for (SubjectReferences.Reference ref : refs) {
            if (ref.first() <= last) {
                continue;
            }
            int k = ref.first() - 1;
            while (k > last && Lexicon.DETERMINERS.contains(w.lower(k))) {
                k--;
            }
            if (k > last + 1 && w.lower(k).equals("of") && MOST.contains(w.lower(k - 1))) {
                k -= 2; // "restored to most of the district": the whole or nearly
                while (k > last && StateVerbGroup.isAdverbial(w, k)) {
                    k--;
                }
            }
            boolean place = k > last && (Locatives.PREPOSITIONS.contains(w.lower(k)) || w.lower(k).equals(GOAL));
            int except = exception(w, place ? k - 1 : k, last);
            if (!place && except < 0) {
                return null;
            }
            int upTo = except >= 0 ? except : k;
            for (int i = last + 1; i < upTo; i++) {
                if (!StateVerbGroup.isAdverbial(w, i) && !w.tag(i).equals("ADV")) {
                    return null;
                }
            }
            int clause = Modality.clauseStart(w, first);
            Modality modality = Modality.of(w, clause, clause, first, ref.last());
            if (except >= 0 && modality.assertion().isClaim()) {
                // "restored everywhere except in the Elm district": the exception is where it is not
                modality = new Modality(modality.assertion() == Modality.Assertion.AFFIRMED
                    ? Modality.Assertion.NEGATED : Modality.Assertion.AFFIRMED, -1);
            }
            return new StateLink(ref, first, last, clause, modality);
        }
        return null;
    }
}

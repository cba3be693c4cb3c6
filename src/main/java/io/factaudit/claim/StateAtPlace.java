package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.Locatives;
import java.util.List;

/**
 * A state said with a verb of the place it holds in, the subject right after a preposition of
 * place: "power was restored throughout the Elm district", "crossings resumed at Porth harbour"
 * say the district's or the harbour's state. Nothing but adverbs may stand between verb and
 * preposition, and only determiners open the place's group: "reopened the road to the bridge"
 * says the road's state, "in parts of the district" a part's; "is being restored" is under way.
 */
final class StateAtPlace {

    private StateAtPlace() {
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
            if (k <= last || !Locatives.PREPOSITIONS.contains(w.lower(k))) {
                return null;
            }
            for (int i = last + 1; i < k; i++) {
                if (!StateVerbGroup.isAdverbial(w, i)) {
                    return null;
                }
            }
            int clause = Modality.clauseStart(w, first);
            return new StateLink(ref, first, last, clause, Modality.of(w, clause, clause, first, ref.last()));
        }
        return null;
    }
}

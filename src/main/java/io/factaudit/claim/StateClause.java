package io.factaudit.claim;

import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * A state's wording written out as a clause with its verb group inside: a sheet's "power restored"
 * or "service suspended" as "power has now been restored", "service was not suspended"; and a
 * change under way, no state yet: "the line is being restored".
 */
final class StateClause {

    /** Words of a verb group or modifiers a wording may hold written out: "power has now been restored". */
    private static final Gap INSIDE_CLAUSE = Gap.of(3, (w, i) -> Lexicon.isModifier(w.get(i)) || StateVerbGroup.holds(w, i));

    private StateClause() {
    }

    /** The wordings found: with a modifier inside ({@link StateReader#INSIDE_STATE}), or written as a clause with an auxiliary. */
    static List<PhraseIndex.Found<Milestone>> find(SentenceWords w, PhraseIndex<Milestone> states) {
        List<PhraseIndex.Found<Milestone>> found = new ArrayList<>(states.find(w, StateReader.INSIDE_STATE));
        states.find(w, INSIDE_CLAUSE).stream().filter(f -> hasAuxiliary(w, f.first(), f.last())).forEach(found::add);
        return found;
    }

    /**
     * How the words inside a state's wording put it: 0 plainly, 1 denied ("power has not been
     * restored"), -1 not at all (a modal: "power could be restored"); only a participle after an
     * auxiliary inside is the wording's verb.
     */
    static int inside(SentenceWords w, int first, int last) {
        int negations = 0;
        for (int i = first + 1; i < last; i++) {
            String word = w.lower(i);
            if (ClosedClass.MODALS.contains(word)) {
                return -1;
            }
            negations += word.equals("not") || word.equals("n't") || word.equals("never") ? 1 : 0;
        }
        if (hasAuxiliary(w, first, last) && !Lexicon.looksVerbal(w.lower(last))) {
            return -1;
        }
        return negations % 2;
    }

    /**
     * "The line is being restored", "schools are slowly being reopened": a participle after "being"
     * says the change is under way, not that its state holds; nor, since it may be done any
     * moment, that it does not.
     */
    static boolean underWay(SentenceWords w, int participle) {
        int k = participle - 1;
        while (k >= 0 && StateVerbGroup.isAdverbial(w, k)) {
            k--;
        }
        return k >= 0 && w.lower(k).equals("being") && Lexicon.looksVerbal(w.lower(participle));
    }

    /** An auxiliary between the wording's first and last words; an owner's "'s" is none ("in Osk's north"). */
    private static boolean hasAuxiliary(SentenceWords w, int first, int last) {
        for (int i = first + 1; i < last; i++) {
            if (ClosedClass.AUXILIARIES.contains(w.lower(i)) && !w.lower(i).equals("'s")) {
                return true;
            }
        }
        return false;
    }
}

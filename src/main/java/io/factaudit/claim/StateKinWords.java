package io.factaudit.claim;

import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.sheet.Milestone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words WordNet relates to a milestone's one-word wordings that {@link StateReader} reads as the
 * wording ("halted" for "stopped", "in hospital" for "hospitalized"), and the uses of such a word
 * that say no state: done by the subject to an object ("Ria released a statement"), a noun before
 * "of" ("weighs a recall of the vans").
 */
final class StateKinWords {

    private StateKinWords() {
    }

    /**
     * The WordNet synonyms of a milestone's one-word wordings that name a state, not an activity
     * ("halt" and "cease" for "stopped", "liberate" for "freed"; nothing for "fighting"), and "in"
     * the noun the wording's verb is made from ("in hospital" for "hospitalized"), or "to" it after a
     * verb that puts the subject there ("was taken to hospital").
     */
    static Set<String> of(Milestone m) {
        Set<String> out = new LinkedHashSet<>();
        for (String wording : wordings(m)) {
            String lower = wording.strip().toLowerCase(Locale.ROOT);
            if (lower.indexOf(' ') < 0 && !lower.endsWith("ing")) {
                WordFamily.nounsOfItsPlace(lower).forEach(n -> out.addAll(List.of("in " + n, "in the " + n, "to " + n, "to the " + n)));
            }
        }
        return out;
    }

    /** A milestone's wordings, in lower case. */
    static List<String> wordings(Milestone m) {
        List<String> wordings = new ArrayList<>(m.aliases());
        wordings.add(m.state());
        return wordings.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * "Ria released a statement": a synonym of the sheet's word ("released" for "freed") that the
     * subject does to an object, its other sense, not the state; "Ria was released Monday" and
     * "Ria remains released" are passive or linked and say it.
     */
    static boolean actsOnAnother(SentenceWords w, PhraseIndex.Found<Milestone> state, StateLink link) {
        if (state.first() != state.last() || link.subject().last() >= state.first()
            || wordings(state.owner()).stream().anyMatch(x -> Inflections.stem(x).equals(w.get(state.first()).stem()))) {
            return false;
        }
        int before = state.first() - 1;
        int next = state.last() + 1;
        if (before >= 0 && (ClosedClass.BE.contains(w.lower(before)) || ClosedClass.LINKING_VERBS.contains(w.lower(before)))
            || next >= w.size()) {
            return false;
        }
        String tag = w.tag(next);
        boolean opensANoun = Set.of("DET", "PRON", "NUM", "NOUN", "PROPN").contains(tag);
        return opensANoun && !CalendarWords.isWeekday(w.lower(next)) && !CalendarWords.isMonth(w.lower(next))
            && !CalendarWords.isDeicticDay(w.lower(next));
    }

    /**
     * "Maker weighs recall of the vans", "the reopening of the bridge": a one-word state that is a
     * noun before "of" names the change, no state said of what follows.
     */
    static boolean nounOfTheChange(SentenceWords w, PhraseIndex.Found<Milestone> state) {
        int i = state.first();
        return i == state.last() && i + 1 < w.size() && w.lower(i + 1).equals("of")
            && (w.tag(i).equals("NOUN") || i > 0 && Lexicon.DETERMINERS.contains(w.lower(i - 1)));
    }
}

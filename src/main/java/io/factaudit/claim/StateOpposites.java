package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.Antonyms;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.sheet.Milestone;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The wordings that deny a milestone's state by naming its opposite: WordNet's antonyms of the
 * state's one-word wordings ("closed" for "reopened", "open" for "closed") and the words that share
 * the antonym's own sense ("shut", with "close" in "make shut"). An antonym that is itself one of the
 * milestone's wordings is left out.
 */
final class StateOpposites {

    private static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve", "'d", "do", "does", "did");

    private StateOpposites() {
    }

    static Set<String> of(Milestone m) {
        Set<String> wordings = new LinkedHashSet<>();
        wordings.add(m.state().toLowerCase(java.util.Locale.ROOT));
        m.aliases().forEach(a -> wordings.add(a.toLowerCase(java.util.Locale.ROOT)));
        Set<String> opposites = new LinkedHashSet<>();
        for (String wording : wordings) {
            if (wording.indexOf(' ') < 0) {
                opposites.addAll(Antonyms.withTheirSense(wording));
            }
        }
        opposites.removeAll(wordings);
        return opposites;
    }

    /**
     * Whether the opposite at word i is predicated as a state, after a form of "be" or a linking
     * verb ("is closed", "remains shut", "stayed closed again"), not done to something ("closed the
     * road") nor a modifier ("the closed road").
     */
    static boolean predicated(SentenceWords w, int i) {
        int k = i - 1;
        while (k >= 0 && (w.lower(k).equals("still") || w.lower(k).equals("again") || isLyAdverb(w.lower(k))
            || StateAspect.isAspectWord(w, k))) {
            k--;
        }
        return k >= 0 && (ClosedClass.AUXILIARIES.contains(w.lower(k)) && !HAVE.contains(w.lower(k))
            || ClosedClass.LINKING_VERBS.contains(w.lower(k)));
    }

    private static boolean isLyAdverb(String word) {
        return word.length() > 3 && word.endsWith("ly");
    }
}

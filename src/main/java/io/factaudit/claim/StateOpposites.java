package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.Antonyms;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordForms;
import io.factaudit.sheet.Milestone;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The wordings that deny a milestone's state by naming its opposite: WordNet's antonyms of the
 * state's one-word wordings and of the word beside "again" or "back" ("closed" for "reopened" and
 * "back open", "open" for "closed", "offline" for "back online") and the words that share
 * the antonym's own sense ("shut", with "close" in "make shut"). An antonym that is itself one of the
 * milestone's wordings is left out.
 */
final class StateOpposites {

    /** Adverbs of return, beside which a word of a wording names the state again: "back open", "open again". */
    private static final Set<String> RETURN = Set.of("again", "back", "anew");
    /**
     * Adverbs a predicated state may follow: "is still not open", "is not yet open", "stayed closed
     * again", and the adverb of return: "is back open".
     */
    private static final Set<String> NOT_YET = Set.of("still", "again", "not", "n't", "yet", "back", "now");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve", "'d", "do", "does", "did");

    private StateOpposites() {
    }

    static Set<String> of(Milestone m) {
        Set<String> wordings = new LinkedHashSet<>();
        wordings.add(m.state().toLowerCase(java.util.Locale.ROOT));
        m.aliases().forEach(a -> wordings.add(a.toLowerCase(java.util.Locale.ROOT)));
        Set<String> opposites = new LinkedHashSet<>();
        for (String wording : wordings) {
            String word = stateWord(wording);
            if (word != null) {
                opposites.addAll(Antonyms.withTheirSense(word));
            }
        }
        opposites.removeAll(wordings);
        return opposites;
    }

    /**
     * The words that name the state bare, without the adverb of return of its wordings: "open" for
     * "open again" and "back open", "online" for "back online" ("the portal is not online" denies
     * it is back online). A word that is itself one of the wordings is left out.
     */
    static Set<String> bare(Milestone m) {
        Set<String> wordings = new LinkedHashSet<>();
        wordings.add(m.state().toLowerCase(java.util.Locale.ROOT));
        m.aliases().forEach(a -> wordings.add(a.toLowerCase(java.util.Locale.ROOT)));
        Set<String> bare = new LinkedHashSet<>();
        for (String wording : wordings) {
            String word = stateWord(wording);
            if (word != null && !word.equals(wording)) {
                bare.add(word);
            }
        }
        bare.removeAll(wordings);
        return bare;
    }

    /**
     * The other placements of a wording's adverb of return, which say the same: "online again" and
     * "online anew" for "back online", "back open" for "open again" (a headline's "Portal online
     * again after outage"). A placement that is itself one of the wordings is left out.
     */
    static Set<String> returnPlacements(Milestone m) {
        Set<String> wordings = new LinkedHashSet<>();
        wordings.add(m.state().toLowerCase(java.util.Locale.ROOT));
        m.aliases().forEach(a -> wordings.add(a.toLowerCase(java.util.Locale.ROOT)));
        Set<String> placements = new LinkedHashSet<>();
        for (String wording : wordings) {
            String word = stateWord(wording);
            if (word != null && !word.equals(wording)) {
                placements.add("back " + word);
                placements.add(word + " again");
                placements.add(word + " anew");
            }
        }
        placements.removeAll(wordings);
        return placements;
    }

    /**
     * The opposite's verb made with re-, which says the milestone's state held and holds no more:
     * "reopen" for "closed" and "shut" (what reopened was closed and is open now).
     */
    static Set<String> returns(Milestone m) {
        Set<String> returns = new LinkedHashSet<>();
        for (String opposite : of(m)) {
            if (opposite.indexOf(' ') < 0 && !opposite.startsWith("re") && WordForms.isVerb("re" + opposite)) {
                returns.add("re" + opposite);
            }
        }
        returns.remove(m.state().toLowerCase(java.util.Locale.ROOT));
        m.aliases().forEach(a -> returns.remove(a.toLowerCase(java.util.Locale.ROOT)));
        return returns;
    }

    /**
     * The one word of a wording that names the state: the wording itself, or its word beside an
     * adverb of return ("open again", "back open", "back online": what is open again is not closed);
     * null for other phrases ("came into force" is not the opposite of "went").
     */
    private static String stateWord(String wording) {
        String[] words = wording.split(" ");
        if (words.length == 1) {
            return wording;
        }
        if (words.length == 2 && RETURN.contains(words[0]) != RETURN.contains(words[1])) {
            return RETURN.contains(words[0]) ? words[1] : words[0];
        }
        return null;
    }

    /**
     * Whether the opposite at word i is predicated as a state, after a form of "be", a linking
     * verb or, for a word that is no verb's participle, a verb of becoming ("is closed", "remains
     * shut", "stayed closed again", "is not yet open", "went offline", "came back online"), not done
     * to something ("closed the road") nor a modifier ("the closed road").
     */
    static boolean predicated(SentenceWords w, int i) {
        int k = i - 1;
        while (k >= 0 && (NOT_YET.contains(w.lower(k)) || isLyAdverb(w.lower(k))
            || StateAspect.isAspectWord(w, k))) {
            k--;
        }
        return k >= 0 && (ClosedClass.AUXILIARIES.contains(w.lower(k)) && !HAVE.contains(w.lower(k))
            || ClosedClass.LINKING_VERBS.contains(w.lower(k))
            || ClosedClass.BECOMING_VERBS.contains(w.lower(k)) && !Lexicon.looksVerbal(w.lower(i)));
    }

    /**
     * Whether the opposite is one word, a finite verb or a passive participle of a change into it: "the
     * port closed on Monday", "officials shut the port", "the port was shut on Monday" (not "closing",
     * not "the closed port").
     */
    static boolean changedInto(SentenceWords w, int first, int last) {
        return first == last && w.tag(first).equals("VERB") && !w.lower(first).endsWith("ing")
            && WordForms.isVerb(w.lower(first)) && !(first > 0 && Lexicon.DETERMINERS.contains(w.lower(first - 1)));
    }

    private static boolean isLyAdverb(String word) {
        return word.length() > 3 && word.endsWith("ly");
    }
}

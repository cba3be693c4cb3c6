package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.lexicon.WordForms;
import java.util.Set;

/**
 * A sheet's spelling read as a frame a count is inserted into: "cut jobs" and "jobs will go" are
 * matched by "would cut 1,200 jobs" and "600 jobs were to go", "job cuts" by "cut 900 jobs" and
 * "900 job cuts" (the verb of a noun is its WordNet family's), "lay off" by "laid off 350 workers"
 * (a verb alone takes a person as its object), "people evacuated" by "evacuated 3,000 residents".
 * The noun with the number and the verb must be in one clause: the verb's object, or the subject of
 * the verb, passive or not. The noun is the spelling's own, a kind of it in WordNet ("posts" are
 * jobs), or any person noun where the spelling counts people.
 *
 * @param noun       the counted noun ("jobs", "people"), or null when the slot takes a person noun
 * @param event      the noun the whole spelling is ("layoffs", "cuts" of "job cuts"), or null
 * @param verbs      the verb's forms and its family's ("cut", "cuts", "cutting"), empty for a noun alone
 * @param complement a noun the verb takes after its object ("forced 12,000 people from their homes"), or null
 */
record SpellingFrame(String noun, String event, Set<String> verbs, String complement) {

    /** How many words may stand between a subject and its verb: auxiliaries, modals, "to", adverbs ("will not now be"). */
    private static final int VERB_GAP = 4;

    /** The spelling's frame, or null when it is not one (a name, a count noun, or words of another shape). */
    static SpellingFrame of(String spelling) {
        return SpellingFrameReader.read(spelling);
    }

    /** Whether the frame's counted noun is a person or people ("people evacuated", "evacuees", "the dead"). */
    boolean countsPeople() {
        String counted = noun != null ? noun : event;
        return counted != null && Persons.namesPeople(counted);
    }

    /** Whether a noun is what this frame counts: its own noun or event, or a kind of it ("posts" of "jobs"). */
    boolean counts(String lower) {
        return noun != null && WordFamily.isKindOf(lower, noun) || event != null && WordFamily.isKindOf(lower, event);
    }

    /**
     * Whether the frame governs the noun group of a number: words {@code first} (the number) to
     * {@code head} (what it counts) are the object of the frame's verb ("cut 4,800 jobs", "laid off
     * 350 workers") or its subject ("1,200 jobs will be cut", "600 jobs were to go"), or the
     * noun group is the spelling itself ("900 job losses").
     */
    boolean governs(CountSentence s, int first, int head) {
        String h = s.word(head).lower();
        if (noun != null && event != null && spelledOut(s, head)) {
            return true;
        }
        if (verbs.isEmpty()) {
            return false; // "52 deaths": a noun alone is a head, which names no subject by itself
        }
        // "people evacuated" is matched by "evacuated 3,000 residents": any noun of people fits a slot of people
        boolean fits = noun == null || Persons.namesPeople(noun) ? Persons.namesPeople(h) : WordFamily.isKindOf(h, noun);
        int verb = fits ? verbBefore(s, first) : -1;
        if (fits && verb < 0) {
            verb = verbAfter(s, head);
        }
        return verb >= 0 && (complement == null || complementAfter(s, head));
    }

    /**
     * Whether a number with no noun is followed by the participle of this frame's verb, which takes people
     * ("12,000 forced from homes", "620 laid off", "9,000 have fled"): a count of people with the noun left out.
     */
    boolean elided(CountSentence s, int after) {
        if (!takesPeople() || after >= s.size()) {
            return false;
        }
        int v = after;
        if (v + 1 < s.size() && s.word(v).is("have", "has", "had")) {
            v++; // "48,000 have crossed": the perfect of the same verb
        }
        boolean passive = v < s.size() && !verbs.contains(s.word(v).lower()) && passive(s, v);
        if (passive) {
            v = verbAfter(s, v - 1); // "380 were detained", "3,000 have since been evacuated", "40 were shut": the passive
        }
        if (v < 0 || v >= s.size()) {
            return false;
        }
        String w = s.word(v).lower();
        return verbs.contains(w) && (passive || WordForms.isInflectedVerb(w)) && !w.endsWith("s") && !w.endsWith("ing")
            && (complement == null || complementAfter(s, v));
    }

    /**
     * Whether a number with no noun is the whole object of this frame's verb, which takes people:
     * "Guards detain 63 as ...", "crews evacuated 3,000 overnight" count people with the noun left out,
     * and so does the object before the spelling's complement ("the flood forced 3,000 from their homes").
     */
    boolean elidedObject(CountSentence s, int first, int after) {
        if (!takesPeople() || first < 1 || complement != null && !complementAfter(s, after - 1)
            || after < s.size() && s.word(after).is("of")) {
            return false; // "detained 74 of the marchers" is a part, read as one
        }
        if (after + 1 < s.size() && ClosedClass.PREPOSITIONS.contains(s.word(after).lower())
            && (s.tag(s.word(after + 1)).equals("NUM") || Character.isDigit(s.word(after + 1).written().charAt(0)))) {
            return false; // "can infect nine in ten of them": a proportion, not a count
        }
        int v = verbBefore(s, first);
        // a headline's verb is often tagged a noun ("Guards detain 63"): a determiner before it makes it one
        return v >= 0 && !s.word(v).capitalized() && !s.tag(s.word(v)).equals("ADJ")
            && (v == 0 || !ClosedClass.DETERMINERS.contains(s.word(v - 1).lower()));
    }

    /** The slot of the frame is a person: the verb alone takes people ("detained"), or its noun is people ("people evacuated"). */
    private boolean takesPeople() {
        return event == null && (noun == null || Persons.namesPeople(noun));
    }

    /** "were", "have been", "had since been": a form of "be" opens the words from {@code v}, before the verb. */
    private static boolean passive(CountSentence s, int v) {
        for (int k = v; k < s.size() && k <= v + VERB_GAP; k++) {
            if (s.word(k).is("was", "were", "been", "be", "is", "are")) {
                return true;
            }
        }
        return false;
    }

    /** The verb of this frame whose object is the noun group {@code first}..{@code head} ("cut" of "would cut 1,200 jobs"), or -1. */
    int activeVerb(CountSentence s, int first, int head) {
        return governs(s, first, head) ? verbBefore(s, first) : -1;
    }

    /** "900 job losses": the counted noun then the event noun, as the sheet spells them. */
    private boolean spelledOut(CountSentence s, int head) {
        return head > 0 && WordFamily.isKindOf(s.word(head).lower(), event) && WordFamily.isKindOf(s.word(head - 1).lower(), noun);
    }

    /** "would cut 4,800", "laid off 620": the verb, or the verb and its particle, just before the number. */
    private int verbBefore(CountSentence s, int first) {
        int j = first - 1;
        if (j > 0 && ClosedClass.PARTICLES.contains(s.word(j).lower())) {
            j--;
        }
        return j >= 0 && verbs.contains(s.word(j).lower()) ? j : -1;
    }

    /** "jobs will be cut", "jobs were to go", "jobs cut": the verb after the noun, past auxiliaries, "to" and adverbs. */
    private int verbAfter(CountSentence s, int head) {
        for (int k = head + 1; k < s.size() && k <= head + 1 + VERB_GAP; k++) {
            Words.Word w = s.word(k);
            if (verbs.contains(w.lower())) {
                return k;
            }
            String tag = s.tag(w);
            boolean gap = ClosedClass.AUXILIARIES.contains(w.lower()) || ClosedClass.MODALS.contains(w.lower())
                || w.is("to", "not", "n't") || tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART");
            if (!gap) {
                return -1;
            }
        }
        return -1;
    }

    /** "from their homes": the complement the spelling names, a few words after the counted noun. */
    private boolean complementAfter(CountSentence s, int head) {
        for (int k = head + 1; k < s.size() && k <= head + 8; k++) {
            if (s.word(k).is(".", ";")) {
                return false;
            }
            if (WordFamily.isKindOf(s.word(k).lower(), complement)) {
                return true;
            }
        }
        return false;
    }
}

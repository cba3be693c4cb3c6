package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import java.util.Set;

/**
 * The subject written after a state said with a verb, as its object: "are fighting North Korean
 * units", "approved the company's plan", a headline's "City reopens bridge"; not a noun made of the
 * verb ("the reopening of the bridge") nor an aim ("to reopen the bridge").
 */
final class StateObject {

    /** Words that may open the object's group: "imposed a curfew", "lifted its ban", "fighting some units". */
    private static final Set<String> BEFORE_OBJECT = Set.of("against", "with", "alongside", "the", "a", "an", "its",
        "their", "this", "some", "several", "dozens", "hundreds", "thousands", "of");
    /** Articles and owners, before which a state's verb is a noun: "the reopening", "its approval". */
    private static final Set<String> NOUN_MAKERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
        "'s");
    /** How many words of its noun group may stand before an object subject: "the company's new". */
    private static final int OBJECT_GROUP = 4;

    private StateObject() {
    }

    /**
     * Whether the subject after a state said with a verb is its object: next to it, or after
     * words of the object's own noun group ("approved the company's plan", "fighting some units");
     * {@code verb} when the sheet writes the state as a verb the sentence inflects ("reopens").
     */
    static boolean isObject(SentenceWords w, int first, int last, SubjectReferences.Reference after, boolean verb) {
        boolean joined = after.first() >= 2 && w.lower(after.first() - 1).equals("and")
            || after.first() >= 3 && w.lower(after.first() - 2).equals("and");
        if (after.first() - last - 1 > (joined ? 2 * OBJECT_GROUP : OBJECT_GROUP)) {
            return false;
        }
        for (int i = last + 1; i < after.first(); i++) {
            if (joined && w.lower(i).equals("and") && i > last + 1) {
                continue; // another object of the same verb before it: "reopened the ferry and the bridge"
            }
            // a determiner or an owner opens it, or one modifier right before the subject: "closed city schools"
            boolean inGroup = i > last + 1 || w.lower(i + 1).equals("'s") || i + 1 == after.first() && modifier(w, i);
            if (!BEFORE_OBJECT.contains(w.lower(i)) && !isNumber(w, i) && !(inGroup && nominal(w, i))) {
                return false;
            }
            if (Lexicon.PREPOSITIONS.contains(w.lower(i)) && i > last + 1 && !BEFORE_OBJECT.contains(w.lower(i - 1))
                && !isNumber(w, i - 1)) {
                return false; // the subject in a phrase of another object: "lifted the appeal against the ban"
            }
        }
        if (owner(w, after)) {
            return false; // the subject owns the object: "freed Ria's brother" frees the brother
        }
        if (first > 0 && NOUN_MAKERS.contains(w.lower(first - 1))) {
            return false; // a noun made of the state's verb: "the reopening of the bridge" names a change
        }
        for (int i = first; i <= last; i++) {
            if (Lexicon.looksVerbal(w.lower(i)) || w.tag(i).equals("VERB") && !w.lower(first - 1).equals("to")) {
                return true; // a state said with a verb: "are fighting", "wound down", "called off", "shut down"
            }
        }
        // a headline's present ("City reopens bridge", "Council backs levy"), not an aim ("to reopen the bridge")
        return verb && !w.lower(first - 1).equals("to");
    }

    /** Whether the reference is an owner before the noun it owns ("Ria's brother", "the strikers' union"). */
    static boolean owner(SentenceWords w, SubjectReferences.Reference ref) {
        int k = ref.last() + 1;
        return k + 1 < w.size() && (w.lower(k).equals("'s") || w.lower(k).equals("'")) && nominal(w, k + 1);
    }

    /** A word of a noun group: {@link Lexicon#isNominal}, or a noun spelled like a verb ("crossing", "building"). */
    static boolean nominal(SentenceWords w, int i) {
        return Lexicon.isNominal(w.get(i)) || w.tag(i).equals("NOUN");
    }

    /** A noun or adjective written in lower case that modifies the subject's group: "city", "rural". */
    private static boolean modifier(SentenceWords w, int i) {
        return (w.tag(i).equals("NOUN") || w.tag(i).equals("ADJ")) && Character.isLowerCase(w.get(i).text().charAt(0))
            && !w.lower(i).endsWith("ing");
    }

    /** A number in the object's group: "released 40 detainees", "freed 40 of the detainees". */
    private static boolean isNumber(SentenceWords w, int i) {
        return w.tag(i).equals("NUM") || Character.isDigit(w.lower(i).charAt(0));
    }
}

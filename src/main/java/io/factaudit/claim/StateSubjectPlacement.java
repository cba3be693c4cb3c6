package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;

/**
 * Where else than before its verb group the subject stands to its state ({@link StateSubject} reads
 * that one): in an absolute phrase ("with the bridge shut"), as the object of a verb that keeps it in
 * the state or with an aside that is the state ("kept the bridge closed", "the bridge, closed since
 * May,"), or as the object before a state worded as a phrase ("placed the city under curfew").
 */
final class StateSubjectPlacement {

    private StateSubjectPlacement() {
    }

    /**
     * Whether a state worded as a phrase follows the subject as the object of a verb: "placed the
     * city under curfew", "took 40 protesters into custody", "attacked the troops in Kursk".
     */
    static boolean objectInto(SentenceWords w, int subjectFirst, int subjectLast, int first) {
        if (subjectLast != first - 1 || !Lexicon.PREPOSITIONS.contains(w.lower(first))) {
            return false;
        }
        int k = subjectFirst - 1;
        while (k >= 0 && (Lexicon.DETERMINERS.contains(w.lower(k)) || w.tag(k).equals("NUM"))) {
            k--;
        }
        // not a verb of saying ("told the troops in Kursk") nor an aim ("to send the troops into combat")
        return k >= 0 && w.tag(k).equals("VERB") && !VerbsOfSaying.contains(w.lower(k)) && !w.lower(k - 1).equals("to");
    }

    /**
     * Whether the state at word i ends an absolute phrase of the subject: "with" and the subject,
     * then the state ("With the Alder bridge shut, drivers ...", "with the curfew in force"), the
     * subject's reference standing from {@code subjectFirst} to just before i.
     */
    static boolean absolute(SentenceWords w, int subjectFirst, int subjectLast, int i) {
        return subjectLast == i - 1 && withBefore(w, subjectFirst) >= 0;
    }

    /**
     * Whether the state at word i is said of the subject as the object of a verb that puts it in
     * that state ("kept the bridge closed", "left the schools shut") or in an aside after it ("the
     * bridge, closed since May, ..."): the subject's reference ends just before it.
     */
    static boolean complementOrAside(SentenceWords w, int subjectFirst, int subjectLast, int i) {
        if (subjectLast == i - 2 && w.lower(i - 1).equals(",")) {
            return true;
        }
        int before = subjectFirst - 1;
        if (before > 0 && Lexicon.DETERMINERS.contains(w.lower(before))) {
            before--;
        }
        return subjectLast == i - 1 && before >= 0 && ClosedClass.OBJECT_COMPLEMENT_VERBS.contains(w.lower(before));
    }

    /** The "with" that opens an absolute phrase of the subject at {@code subjectFirst} ("with the bridge"), or -1. */
    static int withBefore(SentenceWords w, int subjectFirst) {
        int before = subjectFirst - 1;
        if (before > 0 && Lexicon.DETERMINERS.contains(w.lower(before))) {
            before--; // "with the bridge shut"
        }
        return before >= 0 && w.lower(before).equals("with") ? before : -1;
    }
}

package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.Modality;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordForms;
import java.util.Set;

/**
 * Forms that put a state as a plan, a demand, an aim or a time still to come, not as a fact, where
 * no modal or forecast word ({@link Modality}) says so: "to" or a bare "be" right after the subject
 * ("called for Ria to be freed", "demanded that Ria be freed"), "be to" ("Ria was to be freed on
 * Friday"), the subject as the object of an infinitive with the state as its complement ("efforts
 * to have Ria freed"), and a clause of time in the present ("when the truce begins", "after the
 * pier is reopened"): what will hold then says nothing of now.
 */
final class StateIrrealis {

    /** The parts of speech that end a noun group: the subject before an infinitive's "to" or a bare "be". */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "PRON");
    /** Conjunctions of time whose clause, in the present, tells of a time to come: "when it reopens", "after it is lifted". */
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("when", "whenever", "after", "once", "until", "till",
        "before");
    /** Present forms of "be", "have" and "do", and past ones: the tense of a verb group. */
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'s", "'re", "'m", "has", "have", "'ve", "does",
        "do");
    private static final Set<String> PAST = Set.of("was", "were", "had", "'d", "did");

    private StateIrrealis() {
    }

    /**
     * Whether the state at {@code first}, said of the subject from {@code subjectFirst} to {@code
     * subjectLast}, is put as a plan, demand, aim or time to come.
     */
    static boolean applies(SentenceWords w, int subjectFirst, int subjectLast, int first) {
        return demanded(w, subjectLast + 1, first) || aim(w, subjectFirst, subjectLast, first)
            || timeToCome(w, subjectFirst, subjectLast, first);
    }

    /**
     * "To" or a bare "be" right after the subject (or another noun joined to it), or "to" right after
     * its "be": an infinitive, a mandative clause or "be to", a demand or plan and no report.
     */
    private static boolean demanded(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            boolean afterNoun = i == from || NOMINAL_TAGS.contains(w.tag(i - 1));
            if ((word.equals("to") || word.equals("be")) && afterNoun
                || word.equals("to") && i == from + 1 && ClosedClass.BE.contains(w.lower(from)) && !w.lower(from).equals("being")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject as the object of an infinitive, the state its complement right after it: "efforts
     * to have Ria freed", "pushing to get the pier reopened", an aim and no report.
     */
    private static boolean aim(SentenceWords w, int subjectFirst, int subjectLast, int first) {
        if (first != subjectLast + 1) {
            return false;
        }
        int k = subjectFirst - 1;
        while (k >= 0 && Lexicon.DETERMINERS.contains(w.lower(k))) {
            k--;
        }
        return k > 0 && w.lower(k - 1).equals("to") && (w.tag(k).equals("VERB") || w.tag(k).equals("AUX"));
    }

    /**
     * A clause of time whose verb group is in the present: "when Ria is freed, she will fly home",
     * "after the truce begins"; a past one ("when Ria was freed") tells what happened.
     */
    private static boolean timeToCome(SentenceWords w, int subjectFirst, int subjectLast, int first) {
        int clause = Modality.clauseStart(w, subjectFirst);
        boolean time = false;
        for (int i = clause; i < subjectFirst; i++) {
            time |= TIME_CONJUNCTIONS.contains(w.lower(i));
        }
        if (!time) {
            return false;
        }
        for (int i = subjectLast + 1; i < first; i++) {
            if (PRESENT.contains(w.lower(i))) {
                return true;
            }
            if (PAST.contains(w.lower(i))) {
                return false;
            }
        }
        String verb = w.lower(first);
        return first == subjectLast + 1 && verb.endsWith("s") && !verb.endsWith("ss") && WordForms.isInflectedVerb(verb)
            && !Lexicon.looksVerbal(verb); // "begins", "reopens": a present whatever its tag beside a noun
    }
}

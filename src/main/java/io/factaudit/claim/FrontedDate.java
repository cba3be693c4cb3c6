package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.ClosedClass;
import java.util.Set;

/**
 * A date that opens its sentence and is set off by a comma ("On Sunday, members of the national
 * electoral commission announced ...", "Last week, ...") dates the main clause that follows, however
 * long its subject, up to the first break: another comma, a clause word ("and" once a verb has come:
 * "the river rose and ..."), a verb of saying, a modal other than the future's "will"; an adjunct set
 * off by commas may stand between ("On Sunday, after a night of rain, the river ...").
 */
final class FrontedDate {

    private static final int MOST_WORDS = 12;
    private static final int MOST_ADJUNCT_WORDS = 16;
    /** Words that open an adjunct of circumstance or time, besides prepositions: "as", "amid", "when", "while". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("as", "amid", "when", "while", "once", "despite",
        "following");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "?", "!", "(", ")", "\"", "and", "but", "or",
        "while", "after", "before", "until", "when", "because", "since", "although", "though", "that", "which", "who");

    /** "On Friday, the council will vote": the future is the main clause's tense, no condition. */
    private static final Set<String> FUTURE = Set.of("will", "shall");

    private FrontedDate() {
    }

    /** Whether the date at words {@code from}..{@code to} opens the sentence and reaches the word {@code first}. */
    static boolean scopes(SentenceWords w, int from, int to, int first) {
        boolean opens = from == 0 || from == 1 && Lexicon.PREPOSITIONS.contains(w.lower(0));
        if (!opens || to + 1 >= first || !w.lower(to + 1).equals(",")) {
            return false;
        }
        int start = afterAdjunct(w, to + 2, first);
        if (first - start > MOST_WORDS) {
            return false;
        }
        boolean verb = false;
        for (int i = start; i < first; i++) {
            String word = w.lower(i);
            if (ClosedClass.COORDINATORS.contains(word) && !verb) {
                continue; // "On Tuesday, the council and the mayor approved ...": "and" joins the subject
            }
            if (BREAKS.contains(word) || VerbsOfSaying.contains(word) || Lexicon.MODALS.contains(word) && !FUTURE.contains(word)) {
                return false;
            }
            verb |= Lexicon.looksVerbal(word) && !Lexicon.DETERMINERS.contains(w.lower(i - 1));
        }
        return true;
    }

    /**
     * Where the main clause starts after a second adjunct set off by commas between the date and
     * it ("On Monday, with rivers rising across the plain, the agency ..."; "Last week, after two
     * days of talks, ..."): the word after its closing comma; else {@code at}.
     */
    private static int afterAdjunct(SentenceWords w, int at, int first) {
        if (!ADJUNCT_OPENERS.contains(w.lower(at)) && !Lexicon.PREPOSITIONS.contains(w.lower(at))) {
            return at;
        }
        for (int i = at + 1; i < first && i <= at + MOST_ADJUNCT_WORDS; i++) {
            String word = w.lower(i);
            if (word.equals(",")) {
                return i + 1;
            }
            if (!w.get(i).isPunctuation() || word.equals("'s")) {
                continue;
            }
            return at;
        }
        return at;
    }
}
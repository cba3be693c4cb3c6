package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Set;

/**
 * A date that opens its sentence and is set off by a comma ("On Sunday, members of the national
 * electoral commission announced ...", "Last week, ...") dates the main clause that follows, however
 * long its subject, up to the first break: another comma, a clause word ("and" once a verb has come:
 * "the river rose and ..."), a verb of saying, a modal other than the future's "will".
 */
final class FrontedDate {

    private static final int MOST_WORDS = 12;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "?", "!", "(", ")", "\"", "and", "but", "or",
        "while", "after", "before", "until", "when", "because", "since", "although", "though", "that", "which", "who");

    /** "On Friday, the council will vote": the future is the main clause's tense, no condition. */
    private static final Set<String> FUTURE = Set.of("will", "shall");
    private static final Set<String> JOINS = Set.of("and", "or");

    private FrontedDate() {
    }

    /** Whether the date at words {@code from}..{@code to} opens the sentence and reaches the word {@code first}. */
    static boolean scopes(SentenceWords w, int from, int to, int first) {
        boolean opens = from == 0 || from == 1 && Lexicon.PREPOSITIONS.contains(w.lower(0));
        if (!opens || to + 1 >= first || !w.lower(to + 1).equals(",") || first - to - 2 > MOST_WORDS) {
            return false;
        }
        boolean verb = false;
        for (int i = to + 2; i < first; i++) {
            String word = w.lower(i);
            if (JOINS.contains(word) && !verb) {
                continue; // "On Tuesday, the council and the mayor approved ...": "and" joins the subject
            }
            if (BREAKS.contains(word) || VerbsOfSaying.contains(word) || Lexicon.MODALS.contains(word) && !FUTURE.contains(word)) {
                return false;
            }
            verb |= Lexicon.looksVerbal(word) && !Lexicon.DETERMINERS.contains(w.lower(i - 1));
        }
        return true;
    }
}

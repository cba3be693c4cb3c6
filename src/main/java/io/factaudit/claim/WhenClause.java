package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.text.date.DateMention;
import java.util.List;
import java.util.Set;

/**
 * A date that a "when" clause after it describes: "since Thursday, when the governor declared an
 * emergency", "on Nov. 9 when the river crested". What the clause tells happened on that date;
 * the clause runs to the next clause break.
 */
final class WhenClause {

    private static final int MOST_WORDS = 10;
    /** Marks that end the clause ("when X declared an emergency, and Y ..."); "and" may join its subjects. */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "?", "!", "(", ")", "\"", "but", "while",
        "after", "before", "until", "because", "since", "although", "though", "when", "whereas");

    private WhenClause() {
    }

    /** The date whose "when" clause holds the word {@code first}, or null. */
    static DateMention dateOf(SentenceWords w, List<DateMention> dates, int first) {
        for (DateMention d : dates) {
            int last = w.indexAt(d.span().end() - 1);
            if (last < 0 || last >= first) {
                continue;
            }
            int when = last + 1;
            if (w.lower(when).equals(",")) {
                when++;
            }
            if (when >= first || !w.lower(when).equals("when") || !inClause(w, when + 1, first)) {
                continue;
            }
            return d;
        }
        return null;
    }

    /** No clause break, and only a few words, from {@code from} up to {@code to}. */
    private static boolean inClause(SentenceWords w, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            if (BREAKS.contains(word) || !w.get(i).isPunctuation() && ++words > MOST_WORDS) {
                return false;
            }
        }
        return true;
    }
}

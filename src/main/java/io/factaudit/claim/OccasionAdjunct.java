package io.factaudit.claim;

import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.text.date.DateMention;
import java.util.List;
import java.util.Set;

/**
 * The occasion of a clause, named after a comma that closes it: "Nurses walked out on Monday and
 * picketed the wards, in the first strike called by the union" tells the strike on Monday. The
 * mention opens the adjunct (", in the", ", during a", ", at its"), and the clause before it gives
 * its date: the last of the sentence's dates before the comma, unless a verb of saying carries it
 * ("officials said on Monday, in the ...") or a clause break stands between.
 */
final class OccasionAdjunct {

    private static final Set<String> PREPOSITIONS = Set.of("in", "during", "at");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    private static final Set<String> BREAKS = Set.of(";", ":", "?", "!", "\"", "(", ")", "but", "while", "because",
        "although", "though", "whereas", "that");

    private OccasionAdjunct() {
    }

    /** The date of the clause whose occasion the mention at {@code first} names, or null. */
    static DateMention dateOf(SentenceWords w, List<DateMention> dates, int first) {
        if (first < 3 || !DETERMINERS.contains(w.lower(first - 1)) || !PREPOSITIONS.contains(w.lower(first - 2))
            || !w.lower(first - 3).equals(",")) {
            return null;
        }
        int comma = first - 3;
        DateMention found = null;
        for (DateMention d : dates) {
            int start = w.indexAt(d.span().start());
            int last = w.indexAt(d.span().end() - 1);
            if (start < 0 || last < 0 || last >= comma) {
                continue;
            }
            found = open(w, last + 1, comma) && !said(w, start) ? d : null;
        }
        return found;
    }

    /** No clause break from {@code from} up to {@code to}. */
    private static boolean open(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BREAKS.contains(w.lower(i)) || VerbsOfSaying.contains(w.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /** "said on Monday", "said Monday": the date of a saying. */
    private static boolean said(SentenceWords w, int start) {
        int lead = start - 1;
        if (lead >= 0 && (w.lower(lead).equals("on") || w.lower(lead).equals("in"))) {
            lead--;
        }
        return lead >= 0 && VerbsOfSaying.contains(w.lower(lead));
    }
}

package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.text.date.DateMention;

/**
 * A clause led by a distance in time: "three days before shareholders vote" dates the vote, as
 * the date before it in the sentence plus three days; "before" there is no condition ("before it
 * can enter into force" is one: nothing dates it).
 */
final class LeadingDistance {

    private LeadingDistance() {
    }

    /** Whether {@code date} ends in "before" or "after" just before the words starting at {@code first}. */
    static boolean leads(SentenceWords w, DateMention date, int first) {
        int last = w.indexAt(date.span().end() - 1);
        if (last < 0 || last >= first || !(w.lower(last).equals("before") || w.lower(last).equals("after"))) {
            return false;
        }
        for (int i = last + 1; i < first; i++) {
            if (!Lexicon.DETERMINERS.contains(w.lower(i))) {
                return false;
            }
        }
        return true;
    }
}

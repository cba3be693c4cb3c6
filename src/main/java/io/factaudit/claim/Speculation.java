package io.factaudit.claim;

import io.factaudit.lexicon.CalendarWords;
import java.util.List;

/** A rule that sets a number aside: a figure a modal verb of change only speculates about. */
final class Speculation {

    private Speculation() {
    }

    /**
     * "could climb past 20,000", "may grow to 100,000", "could cut 3,000 jobs", "3,000 people could
     * die": a modal of possibility in the number's clause before it, or in the verb group after what
     * it counts (ending before word {@code end}); unless a plan or a deadline makes it an expectation.
     */
    static boolean at(List<Words.Word> words, int first, int end) {
        boolean modal = false;
        for (int i = first - 1; i >= Math.max(0, first - 6); i--) {
            if (words.get(i).is(",", ";", ":", "\u2014")) {
                break;
            }
            modal |= possibility(words.get(i));
        }
        for (int i = end; i < Math.min(words.size(), end + 2); i++) {
            modal |= possibility(words.get(i));
        }
        if (!modal) {
            return false;
        }
        for (Words.Word w : words) {
            if (Lexicon.PLAN_WORDS.contains(w.lower())) {
                return false;
            }
        }
        for (int i = first; i < Math.min(words.size(), first + 8); i++) {
            if (words.get(i).is("by") && i + 1 < words.size()
                && (CalendarWords.isMonth(words.get(i + 1).lower()) || words.get(i + 1).is("the", "year", "mid", "early", "late"))) {
                return false;
            }
        }
        return true;
    }

    /** "could", "may", "might" as modals (not the month May). */
    private static boolean possibility(Words.Word w) {
        return Lexicon.MODALS.contains(w.lower()) && !w.capitalized();
    }
}

package io.factaudit.claim;

import java.util.List;

/** A rule that sets a number aside: a figure a modal verb of change only speculates about. */
final class Speculation {

    private Speculation() {
    }

    /** "could climb past 20,000", "may grow to 100,000": unless a plan or a deadline makes it an expectation. */
    static boolean at(List<Words.Word> words, int first) {
        boolean modal = false;
        for (int i = Math.max(0, first - 6); i < first; i++) {
            if (Lexicon.MODALS.contains(words.get(i).lower())) {
                for (int j = i + 1; j < Math.min(first, i + 4); j++) {
                    if (Lexicon.CHANGE_VERBS.contains(words.get(j).lower())) {
                        modal = true;
                    }
                }
            }
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
                && (Lexicon.MONTHS.contains(words.get(i + 1).lower()) || words.get(i + 1).is("the", "year", "mid", "early", "late"))) {
                return false;
            }
        }
        return true;
    }
}

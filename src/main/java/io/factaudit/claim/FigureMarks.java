package io.factaudit.claim;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.EarlierWords;

/** How the words around a figure mark it: as a floor ("passed 35,000") or as an earlier figure ("initially 1,500"). */
final class FigureMarks {

    private FigureMarks() {
    }

    /** "passed 35,000", "topped 40,000": the figure is a floor. */
    static boolean passing(CountSentence s, int first) {
        for (int i = Math.max(0, first - 1); i <= Math.min(first, s.size() - 1); i++) {
            if (s.word(i).is("passed", "passes", "topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses",
                "above", "past", "over")) {
                return true;
            }
        }
        return false;
    }

    /** "initially", "first", "up from", a month or an explicit date near the figure in its clause: an earlier figure. */
    static boolean earlier(CountSentence s, int first) {
        int from = Math.max(0, first - 10);
        for (int i = first - 1; i >= from; i--) {
            if (s.word(i).is(";", ",", "\u2014")) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < Math.min(s.size(), first + 8); i++) {
            Words.Word w = s.word(i);
            if (w.is(";", ",", "\u2014") && i >= first) {
                break;
            }
            boolean deadline = i > 0 && s.word(i - 1).is("by", "until", "before");
            if (EarlierWords.EARLIER.contains(w.lower()) || CalendarWords.isMonth(w.lower()) && w.capitalized() && !deadline) {
                return true;
            }
            if (w.is("up", "down") && i + 1 < s.size() && s.word(i + 1).is("from")) {
                return true;
            }
        }
        return false;
    }
}

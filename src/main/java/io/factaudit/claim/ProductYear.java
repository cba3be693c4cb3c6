package io.factaudit.claim;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.quantity.Quantity;
import java.util.List;

/**
 * A year that does not date the figure beside it: one that opens a period running to now ("since
 * 2019, 40,000 kettles have been recalled"), or one that modifies a noun of a thing, as a model or
 * product year does ("2018-2021 Brenmark kettles", "the 2019 models", "model year 2020"). A year
 * after a preposition ("in 2019") or before a noun of what happens ("the 2019 storm") still dates it.
 */
final class ProductYear {

    /** How many modifiers may stand between the year and its noun ("2019 Brenmark Deluxe kettles"). */
    private static final int REACH = 3;

    private ProductYear() {
    }

    static boolean is(CountSentence s, Quantity year) {
        List<Words.Word> words = s.words();
        int at = Words.indexAt(words, year.span().start());
        int after = Words.indexAt(words, year.span().end());
        Words.Word before = at > 0 ? words.get(at - 1) : null;
        if (before != null && before.is("since")) {
            return true;
        }
        if (before != null && before.is("year", "years") && at > 1 && words.get(at - 2).is("model")) {
            return true; // "model year 2020"
        }
        if (before != null && CalendarWords.TIME_PREPOSITIONS.contains(before.lower())) {
            return false; // "in 2019", "during 2019"
        }
        for (int i = after; i < words.size() && i <= after + REACH; i++) {
            Words.Word w = words.get(i);
            if (w.punctuation() && !w.is("-", "\u2013")) {
                return false;
            }
            if (s.tag(w).equals("NOUN") && !w.capitalized()) {
                return !HistoricalFigure.event(w.lower());
            }
            if (!(w.capitalized() || s.tag(w).equals("ADJ") || s.tag(w).equals("PROPN") || s.tag(w).equals("NUM")
                || w.is("-", "\u2013", "to", "through", "and", "or"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The word after a product's year, or years, that stands between a number and what it counts
     * ("120,000 2027-2029 kettles", "120,000 model-year 2028 kettles"), or {@code i} when none starts at word {@code i}.
     */
    static int skip(CountSentence s, int i) {
        int j = i;
        if (j + 1 < s.size() && s.word(j).is("model")) {
            j += s.word(j + 1).is("-", "\u2013") && j + 2 < s.size() ? 2 : 1;
            j = s.word(j).is("year", "years") ? j + 1 : i;
        }
        if (j >= s.size() || !year(s.word(j))) {
            return i;
        }
        j++;
        while (j + 1 < s.size() && s.word(j).is("-", "\u2013", "to", "and") && year(s.word(j + 1))) {
            j += 2;
        }
        return j < s.size() && !s.word(j).punctuation() ? j : i;
    }

    private static boolean year(Words.Word w) {
        String t = w.lower();
        if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(t);
        return y >= 1900 && y <= 2100;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.HabitWords;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/**
 * A rule that sets a number aside: a figure of a habit, not of this occasion. An adverb of habit in
 * the number's clause before it or in the verb group right after what it counts ("the route usually
 * carries 400 passengers", "400 passengers normally ride"), or a habit's time before it ("on a
 * typical weekday, 120 ride", "in a normal year"): an adjective of habit before a noun of time or a
 * weekday. The words are WordNet's ({@link HabitWords}). A rate told in the present simple is a habit
 * too ({@link Rate}): "the line runs 900 trains a day", "some 900 trains a day use it".
 */
final class Habitual implements CountRule {

    static final String NAME = "a habitual figure, not a count";

    /** How far before the number the clause is searched, and how far after what it counts. */
    private static final int BEFORE = 8;
    private static final int AFTER = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        for (int i = n.first() - 1; i >= Math.max(0, n.first() - BEFORE); i--) {
            Words.Word w = s.word(i);
            if (w.is(";", ":", "\u2014") || w.is(",") && !habitTime(s, i - 1)) {
                break;
            }
            if (HabitWords.isAdverb(w.lower())) {
                return w.span();
            }
            if (habitTime(s, i)) {
                return s.wordsSpan(i - 1, i + 1);
            }
        }
        for (int i = n.end(); i < Math.min(s.size(), n.end() + AFTER); i++) {
            if (HabitWords.isAdverb(s.word(i).lower())) {
                return s.word(i).span();
            }
        }
        return Rate.habitual(s, n);
    }

    /** "typical weekday", "normal year": word {@code i} a noun of time or a weekday after an adjective of habit. */
    private static boolean habitTime(CountSentence s, int i) {
        if (i < 1) {
            return false;
        }
        String noun = s.word(i).lower();
        boolean time = CalendarWords.isWeekday(noun) || noun.equals("weekday") || noun.equals("weekdays")
            || WordNet.inLexFile(noun, POS.NOUN, "noun.time", 1);
        return time && HabitWords.isAdjective(s.word(i - 1).lower());
    }
}

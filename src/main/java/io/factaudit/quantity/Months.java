package io.factaudit.quantity;

import io.factaudit.lexicon.CalendarWords;
import java.util.Set;

/** Month names as datelines and articles write them: "February", "Oct.", "Sept", "Dec" ({@link CalendarWords}). */
final class Months {

    private static final Set<String> ABBREVIATIONS = CalendarWords.monthAbbreviations();

    private Months() {
    }

    /** A capitalized month name or abbreviation at lexeme i ("may" in lower case is a verb). */
    static boolean at(Lexemes lx, int i) {
        return lx.capitalized(i) && CalendarWords.isMonth(lx.lower(i)) && !lx.lower(i).endsWith(".");
    }

    /** A month ends at lexeme i: "February", "Oct" or the period of "Oct.". */
    static boolean endsAt(Lexemes lx, int i) {
        return at(lx, i) || (lx.isSymbol(i, '.') && lx.glued(i) && at(lx, i - 1)
                && ABBREVIATIONS.contains(lx.lower(i - 1)));
    }

    /** The index just after a month that starts at lexeme i (past the period of "Oct."), or -1. */
    static int after(Lexemes lx, int i) {
        if (!at(lx, i)) {
            return -1;
        }
        return lx.isSymbol(i + 1, '.') && lx.glued(i + 1) && ABBREVIATIONS.contains(lx.lower(i)) ? i + 2 : i + 1;
    }
}

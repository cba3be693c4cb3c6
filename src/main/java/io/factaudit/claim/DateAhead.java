package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StatesInForce;
import java.util.Set;

/**
 * Whether a date after a mention is still in the mention's clause, for {@link DateAttachment}:
 * a few words on, with no clause word between ("signed the accord in Tarnby in June"), past an
 * aside in commas or parentheses, a list of names ("in Osk, Lisk and Tarn on Monday") or nouns
 * joined by "and", but not out of a ", who" aside into the main clause.
 */
final class DateAhead {

    /** The most words a date may follow its mention by. */
    static final int MOST_AFTER = 10;
    /** "struck before dawn on Monday": a time of day, not another event. */
    private static final Set<String> TIMES_OF_DAY = Set.of("dawn", "daybreak", "sunrise", "noon", "midday", "midnight",
        "sunset", "dusk", "nightfall");
    private static final Set<String> LEADS_AFTER_COMMA = Set.of("which", "who", "when", "where");

    private DateAhead() {
    }

    /**
     * No clause or event break between the mention and a date {@code to} that follows it, and no
     * more than a few words (punctuation and words in parentheses aside).
     */
    static boolean reaches(SentenceWords w, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            String word = w.lower(i);
            if (!w.get(i).isPunctuation() && ++words > MOST_AFTER) {
                return false;
            }
            if (word.equals("since") && i + 1 == to) {
                continue; // "have been closed since Monday": the date the closing began, not another clause
            }
            if (DateAttachment.STOPS.contains(word) && !TIMES_OF_DAY.contains(w.lower(i + 1)) && !joinsNouns(w, i, to)) {
                return false;
            }
            if (word.equals("(")) {
                int close = closingParenthesis(w, i, to);
                if (close < 0) {
                    return false;
                }
                i = close; // "struck at 4:17 a.m. (0117 GMT) on Monday"
                continue;
            }
            if (word.equals(",") && (i + 1 == to || i + 2 == to && (Lexicon.PREPOSITIONS.contains(w.lower(i + 1))
                || StatesInForce.holds(w.lower(i + 1))))) {
                continue; // "two weeks later, on February 20"; "closed the line, effective Monday"
            }
            if (word.equals(",") && listed(w, i, to)) {
                continue; // "cut power to homes in Osk, Lisk and Tarn on Monday"
            }
            if (word.equals(",")) {
                int close = closingComma(w, i, to);
                if (close > 0) {
                    i = close;
                } else if (i + 1 < to && !LEADS_AFTER_COMMA.contains(w.lower(i + 1))
                    && !Lexicon.looksVerbal(w.lower(i + 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A mention inside an aside opened by ", who" or ", which" and a date past the comma that closes
     * it: the date is the main clause's ("the owners, who closed the mill, filed for bankruptcy on
     * Tuesday").
     */
    static boolean pastItsAside(SentenceWords w, int first, int last, int date) {
        boolean inAside = false;
        for (int i = first - 1; i >= 0; i--) {
            if (w.get(i).isPunctuation()) {
                inAside = w.lower(i).equals(",") && (w.lower(i + 1).equals("who") || w.lower(i + 1).equals("which"));
                break;
            }
        }
        if (!inAside) {
            return false;
        }
        for (int i = last + 1; i < date; i++) {
            if (w.lower(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "and" or "or" joining noun groups, not clauses: "cut power in the valley and the hills on
     * Monday", "to 3,000 homes and 40 farms on Monday". The group after it opens with a determiner or
     * a name or number and holds only words of a noun group up to the date.
     */
    private static boolean joinsNouns(SentenceWords w, int join, int to) {
        if (!ClosedClass.COORDINATORS.contains(w.lower(join)) || join + 1 >= to
            || !Lexicon.DETERMINERS.contains(w.lower(join + 1)) && !Lexicon.isNameLike(w.get(join + 1))) {
            return false;
        }
        for (int i = join + 1; i < to; i++) {
            if (!Lexicon.isNominal(w.get(i)) && !Lexicon.PREPOSITIONS.contains(w.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /** A comma in a list of noun groups that runs to the date: "in Osk, Lisk and Tarn on Monday". */
    private static boolean listed(SentenceWords w, int comma, int to) {
        boolean joined = false;
        for (int i = comma + 1; i < to; i++) {
            String word = w.lower(i);
            joined |= ClosedClass.COORDINATORS.contains(word);
            if (!word.equals(",") && !ClosedClass.COORDINATORS.contains(word) && !Lexicon.PREPOSITIONS.contains(word)
                && (!Lexicon.isNominal(w.get(i)) || Lexicon.looksVerbal(word))) {
                return false;
            }
        }
        return joined && comma + 1 < to && (Lexicon.isNameLike(w.get(comma + 1)) || Lexicon.DETERMINERS.contains(w.lower(comma + 1)));
    }

    private static int closingParenthesis(SentenceWords w, int open, int limit) {
        for (int j = open + 1; j < limit && j <= open + 8; j++) {
            if (w.lower(j).equals(")")) {
                return j;
            }
        }
        return -1;
    }

    /** The comma closing an aside opened at {@code open} (", measured at 7.5,"), or -1 for a clause of its own. */
    private static int closingComma(SentenceWords w, int open, int limit) {
        for (int j = open + 1; j < limit && j <= open + 8; j++) {
            String word = w.lower(j);
            if (word.equals(",")) {
                return j;
            }
            if (Lexicon.AUXILIARIES.contains(word) || Lexicon.MODALS.contains(word) || Lexicon.looksVerbal(word)
                && j > open + 1 && (Lexicon.isNameLike(w.get(j - 1)) || Lexicon.PRONOUNS.contains(w.lower(j - 1)))) {
                return -1; // ", Russia has lost territory,": a subject and its verb
            }
        }
        return -1;
    }

}

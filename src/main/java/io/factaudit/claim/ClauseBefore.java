package io.factaudit.claim;

import io.factaudit.lexicon.FigureVerbs;

/**
 * Where the clause of a number begins, read back from it: after a semicolon, colon or dash, a
 * subordinating word ("crests in X as the toll rises to 17"), another number, a relative "where",
 * or a verb of reporting that is not a noun nor a passive ("officials said", not "the case count",
 * "the count was raised to").
 */
final class ClauseBefore {

    private ClauseBefore() {
    }

    /** The index of the word that opens the clause of the number at word {@code first}; -1 at the sentence's start. */
    static int opener(PlaceSentence s, int first) {
        for (int i = first - 1; i >= 0; i--) {
            Words.Word w = s.word(i);
            if (w.is(";", ":", "\u2014", "as", "while", "when", "because", "although", "whereas", "where")
                || s.isNumber(i) && !changedFrom(s, i, first) || FigureVerbs.reportVerb(w.lower()) && !inNounGroup(s, i) && !passive(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "raised from 131 to 164": the earlier figure of a change is in the clause of the later one. */
    private static boolean changedFrom(PlaceSentence s, int number, int first) {
        return number > 0 && s.word(number - 1).is("from") && number + 2 == first && s.word(number + 1).is("to");
    }

    /** "X's count was raised to 164": a passive verb group, whose subject is the count noun before it, not a reporter. */
    private static boolean passive(PlaceSentence s, int i) {
        return i > 0 && s.tag(i - 1).equals("AUX") && s.word(i).lower().endsWith("ed");
    }

    /** A verb's form used as a noun: after a determiner, a possessive or a noun ("the case count", "X's count"). */
    private static boolean inNounGroup(PlaceSentence s, int i) {
        if (i == 0) {
            return false;
        }
        Words.Word before = s.word(i - 1);
        // "the count of confirmed cases": a participle after "of" or a determiner modifies a noun
        return before.is("of") || s.tag(i - 1).equals("DET") || s.tag(i).equals("NOUN") || before.is("the", "a", "an", "its", "their", "his", "her", "this", "that", "'s") || before.lower().endsWith("'s")
            || i >= 2 && s.word(i - 2).lower().endsWith("'s");
    }
}

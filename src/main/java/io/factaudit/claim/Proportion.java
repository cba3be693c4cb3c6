package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/**
 * A rule that sets a number aside: it is one side of a proportion, a number of what is counted for
 * a number of something else ("one evacuee for every three residents", "two cases per 1,000
 * children", "nine out of ten voters", "one in three customers"), not a count.
 */
final class Proportion implements CountRule {

    static final String NAME = "a proportion";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int f = n.first();
        if (f >= 1 && s.word(f - 1).is("per") || f >= 2 && s.word(f - 1).is("every", "each") && s.word(f - 2).is("for", "in", "of")) {
            return s.wordsSpan(f - (s.word(f - 1).is("per") ? 1 : 2), n.end()); // the other side: "per 1,000 residents"
        }
        if (f >= 2 && s.word(f - 1).is("in") && number(s, f - 2) && !year(s, f)) {
            return s.wordsSpan(f - 2, n.end()); // the other side: "one in three customers"
        }
        int i = n.end();
        int j = i;
        int a = n.after();
        if (a + 1 < s.size() && s.word(a).is("in") && number(s, a + 1) && !year(s, a + 1)) {
            return s.wordsSpan(n.first(), a + 2); // "one in three customers", "1 in 5 residents"; not "12,000 troops in four brigades"
        }
        if (j < s.size() && s.word(j).is("for", "in", "out") && j + 1 < s.size() && s.word(j + 1).is("every", "each", "of")) {
            j += 2;
            if (j < s.size() && s.word(j).is("every", "each")) {
                j++; // "out of every ten"
            }
        } else if (j < s.size() && s.word(j).is("per")) {
            j++;
        } else {
            return null;
        }
        return j < s.size() && number(s, j) ? s.wordsSpan(n.first(), j + 1) : null;
    }

    /** A word written as a number: digits, or a number word ("one" too, which a tagger may take for a pronoun). */
    private static boolean number(CountSentence s, int i) {
        return Character.isDigit(s.word(i).written().charAt(0)) || s.tag(s.word(i)).equals("NUM") || s.word(i).is("one");
    }

    /** "in 2019", "300 in two days": a year or a time after "in" is when, not the other side of a proportion. */
    private static boolean year(CountSentence s, int i) {
        return s.word(i).written().matches("(1[89]|2[01])\\d\\d")
            || i + 1 < s.size() && WordNet.inLexFile(s.word(i + 1).lower(), POS.NOUN, "noun.time", 1);
    }
}

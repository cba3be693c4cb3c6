package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.Adverbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/**
 * A rule that sets a number aside: it is the difference between two figures, not a count: a
 * comparative after it that ends its phrase ("3,000 higher than the board's", "about 800 fewer, the
 * board said"; "3,000 older accounts" counts accounts; "reached 3,000 earlier" says when), any word followed by "than", or a preposition of comparison ("3,000 below the official figure", "500 above last
 * year's", "40 short of the target"). A comparative is what WordNet reads as a form of another adjective.
 */
final class Difference implements CountRule {

    static final String NAME = "a difference between two figures";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        return at(s, n.after()) ? s.wordsSpan(n.first(), n.after() + 1) : null;
    }

    /** Whether word {@code i}, right after a number, compares it with another figure. */
    static boolean at(CountSentence s, int i) {
        if (i >= s.size() || s.word(i).punctuation()) {
            return false;
        }
        Words.Word w = s.word(i);
        boolean than = i + 1 < s.size() && s.word(i + 1).is("than") && !Increment.AFTER.contains(w.lower());
        boolean comparison = w.is("below", "above") || w.is("short") && i + 1 < s.size() && s.word(i + 1).is("of");
        return than || comparison || comparative(w.lower()) && !Adverbs.isAdverbial(w.lower()) && !modifiesNoun(s, i + 1);
    }

    /** "3,000 older accounts": a comparative before a noun describes what is counted, it compares no figure. */
    private static boolean modifiesNoun(CountSentence s, int next) {
        if (next >= s.size() || s.word(next).punctuation()) {
            return false;
        }
        String w = s.word(next).lower();
        return !ClosedClass.PREPOSITIONS.contains(w) && !ClosedClass.COORDINATORS.contains(w)
            && !ClosedClass.SUBORDINATORS.contains(w);
    }

    /** "higher", "fewer", "worse": a word WordNet takes for a form of another adjective, spelled as comparatives are. */
    private static boolean comparative(String lower) {
        return (lower.endsWith("er") || lower.equals("worse") || lower.equals("less"))
            && WordNet.lemmas(lower, POS.ADJECTIVE).stream().anyMatch(l -> !l.equals(lower));
    }
}

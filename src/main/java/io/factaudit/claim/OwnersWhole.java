package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.PossessionVerbs;
import java.util.List;
import java.util.Set;

/**
 * A rule that sets a number aside: it is the whole an owner has, not a count of what happened. Four
 * forms: a possessive determiner just before the number ("70% of its 600,000 customers"); a relative
 * pronoun with a verb of having or serving just before it ("a utility which serves 400,000 homes",
 * "a port that has 9,000 residents"); "home to" before it ("a valley home to 40,000 people"); the
 * whole a part is taken from ("120 of the 900 trains", "a third of the 900 trains", "out of 900
 * trains") when its noun is one that a sheet counts only with a predicate ("trains cancelled"): the
 * part is what the predicate is said of, the whole is every such thing ({@link WholeOfAPart}).
 */
final class OwnersWhole implements CountRule {

    static final String NAME = "a whole the owner has, not a count";

    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;

    /** How many words (adverbs: "now", "still") may stand between the relative pronoun and its verb. */
    private static final int REACH = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        List<Words.Word> words = s.words();
        int first = n.first();
        if (first < 1) {
            return null;
        }
        Words.Word before = words.get(first - 1);
        if (ClosedClass.POSSESSIVE_DETERMINERS.contains(before.lower())) {
            return before.span();
        }
        if (first >= 2 && words.get(first - 2).is("home") && before.is("to")) {
            return s.wordsSpan(first - 2, first);
        }
        Span whole = WholeOfAPart.looked(s, n);
        if (whole != null) {
            return whole;
        }
        if (!PossessionVerbs.contains(before.lower())) {
            return null;
        }
        for (int i = first - 2; i >= Math.max(0, first - 2 - REACH); i--) {
            if (RELATIVES.contains(words.get(i).lower())) {
                return s.wordsSpan(i, first);
            }
            if (!s.tag(words.get(i)).equals("ADV")) {
                return null; // "said that it would cut 4,800": "that" opens a clause whose subject comes first
            }
        }
        return null;
    }
}

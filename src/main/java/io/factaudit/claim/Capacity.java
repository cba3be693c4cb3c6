package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CapacityWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.WordForms;
import java.util.List;

/**
 * A rule that sets a number aside: it says how many something can hold, not how many there are.
 * Three forms: a noun of capacity with "of" or "for" just before the number ("a capacity of 300
 * passengers", "room for 5,000 evacuees"), or with "to" and a verb ("the capacity to carry 300"); a participle of licensing, permitting, building or
 * designing with "for" or "to" and a verb just before it ("licensed to carry 300", "designed for
 * 300"); a modal of ability before it in its clause ("the hall can hold 5,000 evacuees", "a ferry
 * that can carry 300"), unless a verb of saying comes between ("officials can confirm 12 deaths"
 * states a count).
 */
final class Capacity implements CountRule {

    static final String NAME = "a capacity, not a count";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        List<Words.Word> words = s.words();
        int first = n.first();
        if (first >= 2 && words.get(first - 1).is("of", "for") && CapacityWords.isNoun(words.get(first - 2).lower())) {
            return s.wordsSpan(first - 2, first);
        }
        Span limit = limitingParticiple(s, first);
        if (limit != null) {
            return limit;
        }
        for (int i = first - 1; i >= Math.max(0, first - 6); i--) {
            Words.Word w = words.get(i);
            if (w.is(",", ";", ":", "\u2014") || VerbsOfSaying.contains(w.lower())) {
                return null;
            }
            if (ClosedClass.ABILITY_MODALS.contains(w.lower()) && !w.capitalized()) {
                return w.span();
            }
        }
        return null;
    }

    /**
     * "licensed to carry 300", "built for 5,000", "allowed to carry up to 300", "the capacity to carry
     * 300": the participle's (or the noun of capacity's) words, or null.
     */
    private static Span limitingParticiple(CountSentence s, int first) {
        List<Words.Word> words = s.words();
        int at = first >= 2 && words.get(first - 1).is("for") ? first - 2
            : first >= 3 && words.get(first - 2).is("to") && WordForms.isVerb(words.get(first - 1).lower()) ? first - 3 : -1;
        if (at >= 0 && first >= 3 && words.get(first - 2).is("to") && CapacityWords.isNoun(words.get(at).lower())) {
            return s.wordsSpan(at, first); // "had the capacity to carry 178 passengers": a noun of capacity with its infinitive
        }
        if (at < 0 || !words.get(at).lower().endsWith("ed") && !s.tag(words.get(at)).equals("VERB")) {
            return null;
        }
        return CapacityWords.isLimitingVerb(words.get(at).lower()) ? s.wordsSpan(at, first) : null;
    }
}

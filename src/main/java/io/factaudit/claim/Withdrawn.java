package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.EarlierWords;
import java.util.Set;

/**
 * A rule that sets a number aside: a figure the article withdraws, told by its own earlier text in a
 * correction ("An earlier version of this story said 36 people had been evacuated", "A previous
 * edition of this article misstated the total as 1,200"). The corrected figure that follows is the claim.
 */
final class Withdrawn implements CountRule {

    /** The nouns for one state of a published text, which a correction says was wrong. */
    private static final Set<String> STATES_OF_A_TEXT = Set.of("version", "versions", "edition", "editions");

    /** How far before the number the reporter of a correction may stand ("... of this article said that at least"). */
    private static final int REACH = 12;

    @Override
    public String name() {
        return "a figure the article withdraws";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        for (int i = n.first() - 1; i >= Math.max(1, n.first() - REACH); i--) {
            if (s.word(i).is(";", "\u2014")) {
                return null;
            }
            if (correction(s.words(), i)) {
                return s.wordsSpan(Math.max(0, i - 2), n.end());
            }
        }
        return null;
    }

    /** Whether the words hold a correction's reporter anywhere: "an earlier version of this article". */
    static boolean isCorrection(java.util.List<Words.Word> words) {
        for (int i = 1; i < words.size(); i++) {
            if (correction(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** "an earlier version of this article", "a previous edition": word {@code i} is the state of this text, marked earlier. */
    private static boolean correction(java.util.List<Words.Word> words, int i) {
        if (i < 1 || !STATES_OF_A_TEXT.contains(words.get(i).lower())) {
            return false;
        }
        String before = words.get(i - 1).lower();
        boolean earlier = EarlierWords.EARLIER.contains(before) || before.equals("previous") || before.equals("original");
        boolean ofThisText = i + 2 < words.size() && words.get(i + 1).is("of") && words.get(i + 2).is("this")
            || i + 1 < words.size() && !words.get(i + 1).is("of");
        return earlier && ofThisText;
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
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
            if (STATES_OF_A_TEXT.contains(s.word(i).lower()) && earlier(s, i) && ofThisText(s, i)) {
                return s.wordsSpan(Math.max(0, i - 2), n.end());
            }
        }
        return null;
    }

    /** "an earlier version", "a previous edition": the state of the text is marked as an earlier one. */
    private static boolean earlier(CountSentence s, int noun) {
        String before = s.word(noun - 1).lower();
        return Lexicon.EARLIER.contains(before) || before.equals("previous") || before.equals("original");
    }

    /** "... of this article", "... of this story": the state is of the text itself (a determiner of nearness, then a noun). */
    private static boolean ofThisText(CountSentence s, int noun) {
        return noun + 2 < s.size() && s.word(noun + 1).is("of") && s.word(noun + 2).is("this")
            || noun + 1 < s.size() && !s.word(noun + 1).is("of");
    }
}

package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;

/**
 * A rule that sets a number aside: "another 1,500", "2,000 more", "an additional 3,000" add to a
 * count, they are not it; so does a figure whose clause of result gives the count it brought about:
 * "Divers found nine bodies on Monday, bringing the toll to 30", "..., which took the total to 30".
 */
final class Increment implements CountRule {

    /** What follows a number that adds to a count: "2,000 more". */
    static final java.util.Set<String> AFTER = java.util.Set.of("more", "additional", "extra", "further");

    /** How far after the number its clause of result may open, and how long the noun group before its "to" may be. */
    private static final int RESULT_REACH = 12;
    private static final int OBJECT_WORDS = 6;

    @Override
    public String name() {
        return "an increment";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        if (n.first() >= 1 && s.word(n.first() - 1).is("another", "additional", "further", "extra")) {
            return s.word(n.first() - 1).span();
        }
        if (n.after() < s.size() && AFTER.contains(s.word(n.after()).lower())) {
            return s.word(n.after()).span();
        }
        return result(s, n.end());
    }

    /**
     * ", bringing the toll to 30", ", which took the total to 30": after a comma, a participle or
     * "which" and a verb, then a noun group and "to" with a number; the words from the verb to "to",
     * or null. Whatever the verb (brought, pushed, raised, took), it says the number before it changed
     * a count to the number after it.
     */
    private static Span result(CountSentence s, int end) {
        for (int i = end; i + 1 < Math.min(s.size(), end + RESULT_REACH); i++) {
            Words.Word w = s.word(i);
            if (w.is(";", ":", "\u2014", ".")) {
                return null;
            }
            if (!w.is(",")) {
                continue;
            }
            int verb = s.word(i + 1).is("which") ? i + 2 : i + 1;
            if (verb < s.size() && s.tag(s.word(verb)).equals("VERB")
                && (verb > i + 1 || s.word(verb).lower().endsWith("ing"))) {
                Span to = toNumber(s, verb);
                if (to != null) {
                    return to;
                }
            }
        }
        return null;
    }

    /** "bringing the toll to 30": the words from the verb to a "to" a number follows (past a hedge), or null. */
    private static Span toNumber(CountSentence s, int verb) {
        for (int k = verb + 1; k + 1 < Math.min(s.size(), verb + 1 + OBJECT_WORDS); k++) {
            if (s.word(k).punctuation()) {
                return null;
            }
            if (s.word(k).is("to")) {
                return numberWithin(s, k + 1) ? s.wordsSpan(verb, k + 1) : null; // "leading officials to widen the search" is no count
            }
        }
        return null;
    }

    /** A number at word i, or after a hedge of one or two words ("at least 30", "nearly 30"). */
    private static boolean numberWithin(CountSentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 3); k++) {
            Words.Word w = s.word(k);
            if (Character.isDigit(w.written().charAt(0)) || s.tag(w).equals("NUM")) {
                return true;
            }
            if (w.punctuation() || !ClosedClass.contains(w.lower()) && !s.tag(w).equals("ADV") && !s.tag(w).equals("ADJ")) {
                return false;
            }
        }
        return false;
    }
}

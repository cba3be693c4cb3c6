package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.VerbsOfHarm;

/**
 * A rule that sets a number aside: a count of casualties of what is counted, by a verb of harm the
 * sheet's words do not name; said after it ("1,000 soldiers killed or wounded", "31,777 people
 * injured") or done to it just before ("captured two soldiers", "lost 1,000 troops").
 */
final class Casualties implements CountRule {

    @Override
    public String name() {
        return "casualties of what is counted";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        for (int i = n.end(); i < Math.min(s.size(), n.end() + 6); i++) {
            Words.Word w = s.word(i);
            if (w.is(";", ".", ":", "?") || w.is(",") && i > n.end()) {
                break;
            }
            if (harmNotCounted(s, w.lower())) {
                return w.span();
            }
        }
        for (int i = Math.max(0, n.first() - 2); i < n.first(); i++) {
            if (harmNotCounted(s, s.word(i).lower()) || s.word(i).is("lost") && !s.context().anyHead("lost")) {
                return s.word(i).span();
            }
        }
        return null;
    }

    private static boolean harmNotCounted(CountSentence s, String lower) {
        return (VerbsOfHarm.contains(lower) || lower.equals("casualties") || lower.equals("missing"))
            && !s.context().anyHead(lower);
    }
}

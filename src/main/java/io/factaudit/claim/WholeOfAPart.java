package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;
import java.util.List;

/**
 * The whole a part is taken from: "120 of the 900 trains", "a third of the 900 trains", "40 percent
 * of 900 trains", "out of 900 trains". On a sheet that names what it counts by a noun and a predicate
 * ("trains cancelled", "homes without water") and never by the noun alone, the whole counts every
 * such thing, and only the part is what the predicate is said of. A noun the sheet spells alone
 * ("victims", "refugees") keeps the whole a count of the subject ("nine of the 14 victims").
 */
final class WholeOfAPart {

    private WholeOfAPart() {
    }

    /** The words from the part to the number when the number is such a whole, else null. */
    static Span looked(CountSentence s, CountedNumber n) {
        int first = n.first();
        int of = first - 1;
        if (of >= 1 && s.word(of).is("the")) {
            of--;
        }
        if (of < 1 || !s.word(of).is("of") || n.evidence() != Evidence.HEAD || n.end() <= n.after()) {
            return null;
        }
        int part = s.word(of - 1).is("out") ? of - 2 : of - 1;
        if (part < 0 || !share(s, part) && !s.word(of - 1).is("out")) {
            return null;
        }
        if (part >= 1 && (s.word(part - 1).is("a", "an") || Character.isDigit(s.word(part - 1).written().charAt(0)))) {
            part--; // "a third of the 900 trains", "30 percent of the 900 trains"
        }
        String noun = s.word(n.end() - 1).lower();
        List<SubjectProfile> profiles = s.context().profiles();
        boolean alone = profiles.stream().anyMatch(p -> p.spelledAlone(noun));
        boolean predicated = profiles.stream().anyMatch(p -> !p.predicates().isEmpty() && p.counts(noun));
        return !alone && predicated ? s.wordsSpan(Math.max(0, part), first) : null;
    }

    /** A number, a fraction or a word of a share at word i ("120", "a third", "40 percent", "most"). */
    private static boolean share(CountSentence s, int i) {
        Words.Word w = s.word(i);
        return Character.isDigit(w.written().charAt(0)) || s.tag(w).equals("NUM") || ClosedClass.SHARES.contains(w.lower());
    }
}

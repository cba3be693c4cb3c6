package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.Persons;

/**
 * A rule that sets a number aside: what is counted belongs to a named owner that is not in the
 * subject's name ("soldiers of Russia", "troops from Ukraine", "soldiers mobilized by Russia"); "from X"
 * after travellers ("refugees from X") says where they came from. A subject named by common words
 * alone ("kettles recalled") is not owned by another when its owner is a source of the sheet ("9,000
 * kettles of Brenmark"): see {@link AnotherForce}; nor by a place of the sheet when it counts things, not people.
 */
final class OtherOwner implements CountRule {

    @Override
    public String name() {
        return "another owner";
    }

    @Override
    public Span setsAside(CountSentence s, CountedNumber n) {
        int i = n.end();
        if (i < s.size() && s.word(i).is("mobilized", "mobilised", "deployed", "sent", "fielded", "raised",
            "recruited", "massed", "conscripted", "provided", "supplied", "commanded", "led")) {
            i++;
            if (i >= s.size() || !s.word(i).is("by")) {
                return null;
            }
        } else if (i >= s.size() || !s.word(i).is("of", "from")) {
            return null;
        } else if (s.word(i).is("from") && i > 0 && Persons.isTraveller(s.word(i - 1).lower()) && !subjectOfOneOrigin(s)) {
            return null; // "900 evacuees from Y": where they came from, unless the sheet's subject is of one origin
        }
        if (i + 1 >= s.size()) {
            return null;
        }
        int at = s.word(i + 1).is("the") && i + 2 < s.size() ? i + 2 : i + 1;
        Words.Word owner = s.word(at);
        boolean other = owner.capitalized() && !s.context().isKeywordWord(owner.lower()) && !CalendarWords.isMonth(owner.lower())
            && (AnotherForce.owned(s, n.evidence() == Evidence.HEAD ? n.end() - 1 : -1) || !ownOwner(s, owner));
        return other ? s.wordsSpan(n.end(), at + 1) : null;
    }

    /**
     * Whether the owner is the sheet's own: one of its sources ("kettles of Brenmark"), or, when no subject counts
     * people, one of its places ("kettles from Ostland": where things are sold or made, not whose force they are).
     */
    private static boolean ownOwner(CountSentence s, Words.Word owner) {
        return s.context().namesSource(s.span(), owner.span())
            || s.context().profiles().stream().noneMatch(SubjectProfile::countsPeople) && s.context().namesOnSheet(s.span(), owner.span());
    }

    /** Whether a sheet subject is spelled with its origin ("refugees from Dalvania"): then another origin is another group. */
    private static boolean subjectOfOneOrigin(CountSentence s) {
        return s.context().profiles().stream().anyMatch(SubjectProfile::oneOrigin);
    }
}

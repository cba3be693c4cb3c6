package io.factaudit.claim;

import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.QuantityVerbs;
import io.factaudit.quantity.Quantity;
import java.util.List;
import java.util.Set;

/**
 * The frames in which a number with no noun after it is still a count: a count noun before it ("the
 * toll in Syria stood at 1,414"), after it ("gave 1,414 as its count"), a figure named before ("raised
 * it to 48,000"), coordination with a count, a total or a deadline, or a source that counts a subject
 * the sentence names.
 */
final class BareNumber {

    private BareNumber() {
    }

    /** "the toll in the north stood at", "put the number in Varn at", "the agency's figure stood at": the count noun, or -1. */
    static int countNounBefore(CountSentence s, int first) {
        if (first == 0) {
            return -1;
        }
        // a number that starts inside the sentence's last word ("0,0000,000") has no word at first
        // "the tally is now 74", "cases now total 31", "stood still at 40": adverbs between the link and the number
        int l = first;
        while (l > 1 && first - l < 2 && s.tag(s.word(l - 1)).equals("ADV") && !isLink(s.word(l - 1))) {
            l--;
        }
        boolean linked = isLink(s.word(first - 1)) || (first < s.size() && isLink(s.word(first)))
            || CountChange.links(s.words(), first) || l < first && (isLink(s.word(l - 1)) || CountChange.links(s.words(), l));
        if (!linked) {
            int apposed = apposition(s, first);
            return apposed >= 0 ? apposed : first < s.size() && s.word(first).is("near") ? putAt(s, first) : -1;
        }
        CountContext c = s.context();
        if (LabelledFigure.labels(s, first)) {
            return first - 2; // "Evacuations: 3,000 so far", "Branch closures: 45": a subject's word labels the figure
        }
        for (int i = first - 1; i >= Math.max(0, first - 12); i--) {
            Words.Word w = s.word(i);
            if (w.is(";", "\u2014")) {
                return -1;
            }
            // a collective noun measures a group of what is counted: "put the contingent at 1,500"
            boolean collective = GroupNouns.contains(w.lower()) && i > 1
                && (s.word(i - 1).is("the", "its", "their") || s.word(i - 2).is("the", "its", "their"))
                && !c.anyHead(w.lower());
            for (SubjectProfile p : c.profiles()) {
                if (p.countNouns().contains(w.lower()) || collective) {
                    // "the number of buildings" counts buildings; "the number of cholera cases" counts cases
                    if (i + 2 < first && s.word(i + 1).is("of") && s.tag(s.word(i + 2)).equals("NOUN")
                        && !groupNamesWhatIsCounted(s, i + 2, first)) {
                        return -1;
                    }
                    return i;
                }
            }
        }
        int put = putAt(s, first);
        return put >= 0 || !CountChange.links(s.words(), first) ? put : subjectOfChange(s, first);
    }

    /**
     * "the police count in the north, 12,000, was ...", "its latest figure, 900.": a number set off by
     * commas right after a noun group whose count noun names the figure; the count noun, or -1. No verb
     * stands between them.
     */
    private static int apposition(CountSentence s, int first) {
        int after = first + 1;
        while (after < s.size() && !s.word(after).punctuation() && s.tag(s.word(after)).equals("NUM")) {
            after++;
        }
        if (first < 2 || !s.word(first - 1).is(",") || after < s.size() && !s.word(after).is(",", ".", ";")) {
            return -1;
        }
        for (int i = first - 2; i >= Math.max(0, first - 6); i--) {
            Words.Word w = s.word(i);
            if (w.punctuation() || s.tag(w).equals("VERB") || s.tag(w).equals("AUX")) {
                return -1;
            }
            if (SubjectProfile.GENERIC_COUNT_NOUNS.contains(w.lower())) {
                return i;
            }
        }
        return -1;
    }

    /** How many words may open a clause before its subject's count noun ("The official death toll"). */
    private static final int SUBJECT_OPENING = 4;

    /**
     * "The number of people killed by last week's floods in Ostland has reached 27", "The death toll
     * from the floods in the south was raised from 27 to 31": a count noun that opens the clause is the
     * subject of its verb of change, however long the noun group after it, when no pause or clause
     * of its own ("which", "that", "who") stands between; the clause may open after a verb of saying
     * or a subordinator ({@link ReportedClause}: "as the agency said the number of ... had risen to
     * 40"); -1 otherwise.
     */
    private static int subjectOfChange(CountSentence s, int first) {
        int start = first - 1;
        while (start > 0 && !s.word(start - 1).is(";", "\u2014", ":", ",", "(", ")", "that", "which", "who", "whose")) {
            start--;
        }
        List<Integer> openings = new java.util.ArrayList<>(ReportedClause.openings(s, start, first));
        if (start == 0 || s.word(start - 1).is(";", "\u2014", ":")) {
            openings.add(0, start); // else a pause or a clause of its own before the verb
        }
        for (int opening : openings) {
            int noun = countNounOpening(s, opening, first);
            if (noun >= 0) {
                return noun;
            }
        }
        return -1;
    }

    /** The count noun among the first words of the clause opening at {@code start}, or -1. */
    private static int countNounOpening(CountSentence s, int start, int first) {
        for (int i = start; i < Math.min(first, start + SUBJECT_OPENING); i++) {
            for (SubjectProfile p : s.context().profiles()) {
                if (p.countNouns().contains(s.word(i).lower())) {
                    return i + 2 < first && s.word(i + 1).is("of") && s.tag(s.word(i + 2)).equals("NOUN")
                        && !groupNamesWhatIsCounted(s, i + 2, first) ? -1 : i;
                }
            }
        }
        return -1;
    }

    /**
     * "X put the force at 11,000", "puts the outbreak at 197", "put job losses at 900", "estimated the crowd at 9,000": put or a
     * verb of saying, its object's
     * noun group, then "at" and the number; the object's last word is what the figure measures.
     */
    private static int putAt(CountSentence s, int first) {
        // "put the toll at 23", or "near" as the number's hedge: "puts the figure near 3.7 million"
        int at = first >= 4 && s.word(first - 1).is("at") ? first - 1 : first >= 3 && s.word(first).is("near") ? first : -1;
        if (at < 0) {
            return -1;
        }
        for (int i = at - 1; i >= Math.max(1, at - 5); i--) {
            Words.Word w = s.word(i);
            if (w.punctuation()) {
                return -1;
            }
            // "put" or another verb that gives a figure or says it: "estimated the crowd at 9,000", "puts the toll at 12"
            if (w.is("put", "puts", "putting") || FigureVerbs.reportVerb(w.lower()) && s.tag(w).equals("VERB")) {
                // "put the force at", or with no determiner an object that is what a subject counts: "put job losses at"
                boolean headed = i + 1 < at && s.context().anyHead(s.word(at - 1).lower())
                    && !s.tag(s.word(at - 1)).equals("ADJ"); // the tagger takes a plural for a verb as often as not
                boolean object = i + 2 < at && s.word(i + 1).is("the", "its", "their", "his", "her");
                return object && s.tag(s.word(at - 1)).equals("NOUN") || headed ? at - 1 : -1;
            }
        }
        return -1;
    }

    /** Whether a word of the noun group from word {@code from} says what a subject counts, or is "people". */
    private static boolean groupNamesWhatIsCounted(CountSentence s, int from, int first) {
        for (int j = from; j < first; j++) {
            Words.Word w = s.word(j);
            if (s.context().anyHead(w.lower()) || Persons.GENERIC.contains(w.lower())) {
                return true;
            }
            if (w.punctuation() || !s.tag(w).equals("NOUN") && !s.tag(w).equals("ADJ") && !s.tag(w).equals("PROPN")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLink(Words.Word w) {
        return QuantityVerbs.LINKS.contains(w.lower()) || w.is(":", "reach", "rose", "climbed", "grew", "jumped");
    }

    /** "has given 1,414 as its count". */
    static boolean countNounAfter(CountSentence s, int after) {
        return after + 2 < s.size() && s.word(after).is("as")
            && s.word(after + 1).is("its", "their", "the", "his", "her")
            && SubjectProfile.GENERIC_COUNT_NOUNS.contains(s.word(after + 2).lower());
    }

    /** "rounded it to 48,000", "raised that figure to nine": a figure named before. */
    static boolean referenceBefore(CountSentence s, int first) {
        if (first < 2 || !s.word(first - 1).is("to", "at")) {
            return false;
        }
        Words.Word w = s.word(first - 2);
        return w.is("it") || (first >= 3 && s.word(first - 3).is("that", "this") && w.is("figure", "number", "estimate", "count"));
    }

    /** "out of 11,000 to 12,000", "up from 41,156", "and more than 4,500 in ...", "against 900 a week before". */
    static boolean coordinated(CountSentence s, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            String w = s.word(i).lower();
            if (w.equals("'s") || w.equals("'") || w.endsWith("'s")) {
                return false; // "against last year's 900": an owner's figure, which comparedOwner judges
            }
            if (s.word(i).is("and", "or", "from", "of", "out", "versus", "against", "than")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at 2,400, against the company's 1,800", "versus the agency's 900": a figure compared to the one
     * before it, its noun left out after the possessive of a sheet source, whose figure it is.
     */
    static String comparedOwner(CountSentence s, int first) {
        if (first < 3) {
            return null;
        }
        String owner = s.context().sources().ownerAt(s.span(), s.words(), first - 1);
        int k = s.word(first - 2).is("the") ? first - 3 : first - 2;
        return owner != null && k >= 0 && s.word(k).is("against", "versus", "than", "to", "with") ? owner : null;
    }

    /** "some 10,000 in total", "about 10,000 by December", "11,000 altogether". */
    static boolean totalOrDeadline(CountSentence s, int after) {
        for (int i = after; i < Math.min(s.size(), after + 3); i++) {
            Words.Word w = s.word(i);
            if (w.is("total", "altogether", "all", "overall")) {
                return true;
            }
            if (w.is("by") && i + 1 < s.size() && (CalendarWords.isMonth(s.word(i + 1).lower())
                || s.word(i + 1).is("the", "year", "early", "mid", "late"))) {
                return true;
            }
        }
        return false;
    }

    /** "In Syria: 1,414 in government-held areas, according to the Syrian health ministry". */
    static boolean citedWithSubject(CountSentence s, Quantity q) {
        String source = s.context().sources().find(s.span(), s.words(), q.span(), List.of()).source();
        if (source == null) {
            return false;
        }
        for (String subject : s.context().subjectsBySource().getOrDefault(source, Set.of())) {
            SubjectProfile p = s.context().profile(subject);
            if (p != null && s.keywordIn(p, 0, s.size())) {
                return true;
            }
        }
        return false;
    }
}

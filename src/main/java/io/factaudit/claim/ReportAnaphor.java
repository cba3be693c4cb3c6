package io.factaudit.claim;

import io.factaudit.lexicon.ReportNouns;
import io.factaudit.lexicon.VerbsOfSaying;

/**
 * A report named again by a definite noun group with no source of its own, before the number in its
 * clause: "The same bulletin breaks the toll down: seven in A, four in B", "the latest report puts it
 * at 40", "its newest count", or a timeline's label with no determiner ("Nov. 17 \u2014 Final bulletin: 31
 * dead"); or, after the number, such a report as the subject of a verb of saying ("About 40 were hurt, the
 * statement said"). The figure is the source's cited last before the sentence, in its paragraph or the few
 * before it.
 */
final class ReportAnaphor {

    /** How many paragraphs back the report's source may have been cited (a live blog's entries are paragraphs). */
    static final int PARAGRAPHS_BACK = 3;
    /** How many modifiers may stand between the determiner and the report noun ("the same evening bulletin"). */
    private static final int MODIFIERS = 2;

    private ReportAnaphor() {
    }

    /** Whether a definite report noun names the figure's report, before the number at word {@code first} or speaking after it. */
    static boolean cites(CountSentence s, int first) {
        return before(s, first) || speaksAfter(s, first);
    }

    /** "..., the statement said", "..., its latest update added": a definite report noun, then a verb of saying. */
    static boolean speaksAfter(CountSentence s, int first) {
        for (int i = first + 1; i + 1 < s.words().size(); i++) {
            Words.Word verb = s.word(i + 1);
            if (!ReportNouns.contains(s.word(i).lower()) || !VerbsOfSaying.contains(verb.lower()) || verb.capitalized()) {
                continue;
            }
            int d = i - 1;
            while (d > first && i - d <= MODIFIERS && s.tag(s.word(d)).equals("ADJ")) {
                d--;
            }
            if (s.word(d).is("the", "its", "their", "this", "that") && d > 0 && s.word(d - 1).punctuation()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a definite report noun opens a clause before the number at word {@code first}. */
    static boolean before(CountSentence s, int first) {
        for (int i = 1; i < first; i++) {
            String w = s.word(i).lower();
            // a count noun is the subject's own ("the toll rose"), unless a pronoun owns it: "its latest count"
            boolean count = SubjectProfile.GENERIC_COUNT_NOUNS.contains(w) && !s.context().anyHead(w);
            if (!ReportNouns.contains(w) && !count || !s.tag(s.word(i)).equals("NOUN")) {
                continue;
            }
            int d = i - 1;
            while (d > 0 && i - d <= MODIFIERS && (s.tag(s.word(d)).equals("ADJ") || s.word(d).is("same"))) {
                d--;
            }
            boolean determiner = count ? s.word(d).is("its", "their") : s.word(d).is("the", "its", "their", "this", "that");
            if (determiner && (d == 0 || s.word(d - 1).punctuation())) {
                return true;
            }
            // a label with no determiner, as a timeline writes it: "Nov. 17 \u2014 Final bulletin: 31 dead"
            int j = i - 1;
            while (j >= 0 && i - j <= MODIFIERS && s.tag(s.word(j)).equals("ADJ")) {
                j--;
            }
            if (!count && (j < 0 || s.word(j).punctuation()) && i + 1 < first && s.word(i + 1).is(":")) {
                return true;
            }
        }
        return false;
    }
}
